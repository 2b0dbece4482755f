package org.treatyflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Refusal;

/** The testkit's generators answer {@code @ForAll} for the model's types without a provider method. */
class TreatyflowArbitrariesProperties {
  @Property(tries = 50)
  void aPreservationRequestIsGeneratedCompleteByDefault(@ForAll PreservationRequest request) {
    assertThat(request.completenessViolations()).isEmpty();
  }

  @Property(tries = 50)
  void aRefusalIsGeneratedByDefault(@ForAll Refusal refusal) {
    assertThat(refusal.grounds()).isNotEmpty();
  }

  @Property(tries = 50)
  void anyActIsGeneratedCompleteByDefault(@ForAll CooperationAct act) {
    assertThat(act.completenessViolations()).isEmpty();
  }

  @Property(tries = 20)
  void buildingBlocksAndRegistriesAreGeneratedByDefault(
      @ForAll Party party, @ForAll Iban iban, @ForAll PartyRegistry registry) {
    assertThat(party.code()).hasSize(2);
    assertThat(iban.toString()).isNotEmpty();
    assertThat(registry.statuses()).isNotNull();
  }

  @Example
  void everyFamilyHasItsOwnDefaultGenerator() {
    for (RequestFamily family : RequestFamily.values()) {
      CooperationAct act = ModelArbitraries.actsOf(family).sample();
      assertThat(TreatyflowArbitraries.TYPES.keySet())
          .as("%s", family)
          .anySatisfy(type -> {
            assertThat(type).isNotIn(CooperationAct.class, Request.class);
            assertThat(type.isInstance(act)).isTrue();
          });
    }
  }
}
