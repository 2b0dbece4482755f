package org.treatyflow.model.refusal;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;

/**
 * A ground on which the requested Party may postpone action on a request, with its articles and the
 * families it applies to.
 *
 * <p>Before postponing, the requested Party must consider a partial or conditional grant (BC 27(6);
 * WC 30), and it must give reasons (BC 27(7); WC 40). The BC 29(6) warning about preservation is
 * not a postponement: see {@link PreservationWarningReason}.
 *
 * <p>Legal basis: BC 27(5); 2AP 8(8), 10 (unverified); WC 29. Adding a constant is a breaking change.
 */
public enum GroundForPostponement {
  /**
   * P1: action would prejudice the requested Party's own investigations or proceedings (BC 27(5),
   * confirmed; applied to 2AP 8 by reference in 2AP 8(8), and to 2AP 10 requests where no mutual
   * assistance treaty is in force, both unverified, hence the whole ground is marked unverified;
   * {@link #verificationFor(RequestFamily)} tells the applications apart).
   */
  BC_OWN_PROCEEDINGS(
      "P1",
      Verification.UNVERIFIED,
      EnumSet.of(
          RequestFamily.MUTUAL_ASSISTANCE,
          RequestFamily.STORED_DATA_ACCESS,
          RequestFamily.REAL_TIME_TRAFFIC_COLLECTION,
          RequestFamily.CONTENT_INTERCEPTION,
          RequestFamily.FOREIGN_PRODUCTION_ORDER,
          RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE),
      BUDAPEST.cite(27, 5),
      SECOND_PROTOCOL.cite(8, 8),
      SECOND_PROTOCOL.cite(10)),
  /** P3: action would prejudice the requested Party's own investigations or proceedings (WC 29). */
  WC_OWN_PROCEEDINGS(
      "P3",
      Verification.CONFIRMED,
      EnumSet.of(
          RequestFamily.INVESTIGATIVE_ASSISTANCE,
          RequestFamily.BANK_ACCOUNT_INFORMATION,
          RequestFamily.BANKING_TRANSACTION_INFORMATION,
          RequestFamily.BANKING_TRANSACTION_MONITORING,
          RequestFamily.PROVISIONAL_MEASURES,
          RequestFamily.CONFISCATION,
          RequestFamily.DISPOSAL),
      WARSAW.cite(29));

  private static final BilingualText TITLE =
      new BilingualText(
          "Action would prejudice investigations or proceedings of the requested Party's own"
              + " authorities.",
          "La mesure porterait préjudice à des enquêtes ou procédures menées par les autorités de la"
              + " Partie requise.");

  private final String code;
  private final Verification verification;
  private final Set<RequestFamily> families;
  private final ImmutableList<ArticleCitation> citations;

  GroundForPostponement(
      String code,
      Verification verification,
      Set<RequestFamily> families,
      ArticleCitation... citations) {
    this.code = code;
    this.verification = verification;
    this.families = Collections.unmodifiableSet(EnumSet.copyOf(families));
    this.citations = ImmutableList.copyOf(citations);
  }

  /** The number in the legal reference's table, e.g. {@code P1}. */
  public String code() {
    return code;
  }

  /** The articles that give the ground, never empty; the first is the principal one. */
  public List<ArticleCitation> citations() {
    return citations;
  }

  /** Whether every application of the ground was read in the treaty text. */
  public Verification verification() {
    return verification;
  }

  /**
   * Whether the ground's application to {@code family} was read in the treaty text: {@link
   * Verification#UNVERIFIED} for the Second Protocol families, to which BC 27(5) applies only by
   * reference (2AP 8(8), 10); {@link Verification#CONFIRMED} for the families of the article that
   * gives the ground (BC 27(5), WC 29) and for families the ground does not cover.
   */
  public Verification verificationFor(RequestFamily family) {
    return family.instrument() == Instrument.SECOND_PROTOCOL
        ? Verification.UNVERIFIED
        : Verification.CONFIRMED;
  }

  /** The families against which action may be postponed on this ground, never empty. */
  public Set<RequestFamily> families() {
    return families;
  }

  /** The ground in English and French. */
  public BilingualText title() {
    return TITLE;
  }

  /** Always {@link Discretion#OPTIONAL}: the treaties say "may postpone". */
  public Discretion discretion() {
    return Discretion.OPTIONAL;
  }
}
