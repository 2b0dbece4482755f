package org.treatyflow.model.financial;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;

/**
 * A request to find out whether a person under criminal investigation holds or controls accounts in
 * banks in the requested Party, and for the particulars of those accounts.
 *
 * <p>Legal basis: WC 17(1) (purpose), 17(2) (only what the bank keeping the account holds), 17(3)
 * (content in addition to WC 37), 17(4) (conditions as for search and seizure), 17(5) (Appendix
 * declaration), 17(6) (non-bank financial institutions). The persons under investigation are the
 * {@link PersonRole#SUSPECT suspects} among {@code content().persons()}.
 */
@Value.Immutable
public interface BankAccountInformationRequest extends Request {
  /** The offences under investigation; possibly empty while drafting. */
  List<Offence> offences();

  /** The WC 37(1) content; its persons include those under investigation (WC 17(1)). */
  WarsawRequestContent content();

  /**
   * Why the information is likely to be of substantial value for the criminal investigation into the
   * offence (WC 17(3)(a)). Personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> substantialValueReason();

  /**
   * Why the requesting Party presumes that banks in the requested Party hold the account (WC
   * 17(3)(b)). Personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> presumptionReason();

  /**
   * The banks that may be involved, named as precisely as possible (WC 17(3)(b)); possibly empty,
   * since the request may not be able to name any.
   */
  List<String> banks();

  /**
   * The accounts that may be involved, named as precisely as possible (WC 17(3)(b)); possibly
   * empty, since the request may not be able to name any.
   */
  List<BankAccount> accounts();

  /** Any other information that may help execution (WC 17(3)(c)); optional. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> otherInformation();

  /**
   * Whether accounts in non-bank financial institutions are also sought, which the requested Party
   * grants only if it has extended Article 17 to them (WC 17(6)). False unless set.
   */
  @Value.Default
  default boolean includeNonBankFinancialInstitutions() {
    return false;
  }

  /** The persons under criminal investigation among the persons concerned (WC 17(1)). */
  default List<Person> personsUnderInvestigation() {
    return content().persons().stream()
        .filter(p -> p.role() == PersonRole.SUSPECT)
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  default RequestFamily family() {
    return RequestFamily.BANK_ACCOUNT_INFORMATION;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  /** The content WC 17, 34 and 37 require, in the order of the articles. */
  CompletenessRules<BankAccountInformationRequest> REQUIRED_CONTENT =
      CompletenessRules.<BankAccountInformationRequest>builder()
          .add(HeaderRules.legalBasisInvokes(RequestFamily.BANK_ACCOUNT_INFORMATION))
          .add(
              CompletenessRule.require(
                  "WC_17_1_PERSON_UNDER_INVESTIGATION",
                  WARSAW.cite(17, 1),
                  "content.persons",
                  Verification.CONFIRMED,
                  r -> !r.personsUnderInvestigation().isEmpty(),
                  "The request must identify the natural or legal person under criminal"
                      + " investigation whose accounts are sought.",
                  "La demande doit identifier la personne physique ou morale faisant l'objet de"
                      + " l'enquête pénale dont les comptes sont recherchés."))
          .add(
              CompletenessRule.require(
                  "WC_17_3_A_SUBSTANTIAL_VALUE",
                  WARSAW.cite(17, 3, "a"),
                  "substantialValueReason",
                  Verification.CONFIRMED,
                  r -> r.substantialValueReason().filter(s -> !s.isBlank()).isPresent(),
                  "The request must explain why the information is likely to be of substantial"
                      + " value for the criminal investigation.",
                  "La demande doit expliquer pourquoi les informations sont susceptibles d'être"
                      + " d'une valeur substantielle pour l'enquête pénale."))
          .add(
              CompletenessRule.require(
                  "WC_17_3_B_PRESUMPTION",
                  WARSAW.cite(17, 3, "b"),
                  "presumptionReason",
                  Verification.CONFIRMED,
                  r -> r.presumptionReason().filter(s -> !s.isBlank()).isPresent(),
                  "The request must say why banks in the requested Party are presumed to hold the"
                      + " account.",
                  "La demande doit indiquer pourquoi des banques de la Partie requise sont"
                      + " présumées détenir le compte."))
          .addAll(
              SectionTwoRules.routeAndContent(
                  BankAccountInformationRequest::content,
                  BankAccountInformationRequest::offences))
          .build();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for information on bank accounts. */
  final class Builder extends ImmutableBankAccountInformationRequest.Builder {}
}
