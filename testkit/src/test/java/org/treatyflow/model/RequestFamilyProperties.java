package org.treatyflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.testkit.ModelArbitraries;

/** Every family of the model has a type, a generator, and complete values that say so. */
class RequestFamilyProperties {

  @Property(tries = 500)
  void everyFamilyGeneratesCompleteActsOfThatFamily(@ForAll("familyAndAct") List<Object> pair) {
    RequestFamily family = (RequestFamily) pair.get(0);
    CooperationAct act = (CooperationAct) pair.get(1);
    assertThat(act.family()).isEqualTo(family);
    assertThat(act.completenessViolations()).as("violations of a generated %s", family).isEmpty();
    assertThat(act.isComplete()).isTrue();
    // Requests are exactly the families of kind REQUEST.
    assertThat(act instanceof Request).isEqualTo(family.kind() == RequestFamily.Kind.REQUEST);
  }

  @Property(tries = 300)
  void aRequestInvokesTheArticlesOfItsFamily(@ForAll("requests") Request request) {
    assertThat(request.header().legalBasis())
        .anySatisfy(
            cited ->
                assertThat(request.family().legalBasis()).anyMatch(cited::isWithin));
  }

  @Provide
  Arbitrary<List<Object>> familyAndAct() {
    return Arbitraries.of(RequestFamily.class)
        .flatMap(f -> ModelArbitraries.actsOf(f).map(act -> List.<Object>of(f, act)));
  }

  @Provide
  Arbitrary<Request> requests() {
    return ModelArbitraries.acts().filter(a -> a instanceof Request).map(Request.class::cast);
  }
}
