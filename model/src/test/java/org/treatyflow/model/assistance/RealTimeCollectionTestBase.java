package org.treatyflow.model.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;

/**
 * The examples real-time collection of traffic data (BC 33) and interception of content data (BC
 * 34) share: both name specified communications of one data category, a collection period and the
 * offences. Each subclass builds its type from the parts given here and tests its own rule codes.
 */
abstract class RealTimeCollectionTestBase {
  static final LocalDate START = LocalDate.of(2026, 4, 1);

  private final RequestFamily family;
  private final String typeName;
  private final ArticleCitation legalBasis;
  private final ArticleCitation wrongLegalBasis;
  private final DataCategory category;
  private final DataCategory wrongCategory;

  RealTimeCollectionTestBase(
      RequestFamily family,
      String typeName,
      ArticleCitation legalBasis,
      ArticleCitation wrongLegalBasis,
      DataCategory category,
      DataCategory wrongCategory) {
    this.family = family;
    this.typeName = typeName;
    this.legalBasis = legalBasis;
    this.wrongLegalBasis = wrongLegalBasis;
    this.category = category;
    this.wrongCategory = wrongCategory;
  }

  /** Builds the request type of the subclass from these parts. */
  abstract Request build(
      RequestHeader header,
      Facts facts,
      List<DataItem> communications,
      LocalDate collectionStart,
      Optional<LocalDate> collectionEnd,
      List<Offence> offences);

  /**
   * A complete request, except for the item named by {@code omit}: "communications",
   * "wrongCategory" (a communication of the other category too), "period" (no end), "offence" or
   * "legalBasis" (the other article).
   */
  Request request(String omit) {
    return build(
        Fixtures.header(omit.equals("legalBasis") ? wrongLegalBasis : legalBasis),
        Fixtures.facts(),
        switch (omit) {
          case "communications" -> List.of();
          // data of the other category does not belong in the request
          case "wrongCategory" -> List.of(Fixtures.data(category), Fixtures.data(wrongCategory));
          default -> List.of(Fixtures.data(category));
        },
        START,
        omit.equals("period") ? Optional.empty() : Optional.of(START.plusDays(30)),
        omit.equals("offence") ? List.of() : List.of(Fixtures.computerFraud()));
  }

  @Test
  void completeRequestHasNoViolations() {
    assertThat(request("").completenessViolations()).isEmpty();
    assertThat(request("").family()).isEqualTo(family);
  }

  @Test
  void collectionEndingBeforeItStartsIsRejected() {
    // the end lies before the start
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                build(
                    Fixtures.header(legalBasis),
                    Fixtures.facts(),
                    List.of(),
                    START,
                    Optional.of(START.minusDays(1)),
                    List.of()))
        .withMessageContaining(typeName + ".collectionEnd");
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(request("").toString()).doesNotContain("Kova");
  }
}
