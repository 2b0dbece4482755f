package org.treatyflow.model.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Offence;

/**
 * A production order issued by an authority of the requesting Party to a service provider in the
 * territory of the requested Party, which the requested Party is asked to give effect to.
 *
 * <p>Legal basis: 2AP 8(3) (unverified): the order carries the same core items as a direct order
 * under 2AP 7(3). Required items may be missing while drafting; {@link
 * ForeignProductionOrderRequest#REQUIRED_CONTENT} reports them.
 */
@Value.Immutable
public interface ProductionOrder {
  /** The authority that issued the order. */
  Optional<Authority> issuingAuthority();

  /** The date the order was issued. */
  Optional<LocalDate> dateIssued();

  /** Whether the order states that it is issued under the Second Additional Protocol. */
  @Value.Default
  default boolean statementUnderProtocol() {
    return false;
  }

  /** The service provider ordered to produce the data. */
  Optional<Authority> provider();

  /** The provider's address; a company's address, so not treated as personal data. */
  Optional<String> providerAddress();

  /** The offences the order concerns; may be empty while drafting. */
  List<Offence> offences();

  /** The authority seeking the data, where it is not the issuing authority. */
  Optional<Authority> seekingAuthority();

  /** The detailed description of the data sought; may be empty while drafting. */
  List<DataItem> dataSought();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a production order. */
  final class Builder extends ImmutableProductionOrder.Builder {}
}
