package org.treatyflow.workflow.transborder;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.workflow.transborder.TransBorderAccessAction.RECORD_PUBLICLY_AVAILABLE;
import static org.treatyflow.workflow.transborder.TransBorderAccessAction.RECORD_WITH_CONSENT;
import static org.treatyflow.workflow.transborder.TransBorderAccessStatus.DRAFT;
import static org.treatyflow.workflow.transborder.TransBorderAccessStatus.RECORDED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.transborder.TransBorderAccessBasis;
import org.treatyflow.model.transborder.TransBorderAccessRecord;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of the record a Party keeps of its own access to computer data stored in another
 * State without that State's authorisation, as BC 32 allows.
 *
 * <p>Why there is no exchange with the other Party: under BC 32 no request is made. A Party may,
 * without the authorisation of another Party, (a) access publicly available (open source) stored
 * data wherever it is located, or (b) access or receive, through a computer system on its territory,
 * stored data located in another Party with the lawful and voluntary consent of the person with
 * lawful authority to disclose the data through that system. Nothing is sent to the other State and
 * nothing is expected from it, so the table has no step of the other Party, no deadline and no
 * refusal: it records the access, once, on the case of BC 32 it rests on, and each recorded step
 * cites BC 32(a) or BC 32(b).
 *
 * <p>A recorded access is final. BC 32 prescribes no record and no procedure to correct or annul
 * one, so the library adds no such line: a record found wrong is replaced by a new record (the type
 * is immutable), and the old case stays as it was recorded.
 *
 * <p>The Convention must be in force for the accessing Party on the day of the access, read in its
 * time zone; for BC 32(b) also for the Party where the data is, which the record must name, since
 * 32(b) speaks of data "located in another Party" (naming it is the library's reading, unverified).
 * 32(a) applies wherever the data is located, so it asks nothing of that State.
 *
 * <p>Legal basis: BC 32(a), 32(b). Both lines are confirmed; one guard (the Party where the data is
 * named) and some of the record's completeness rules are unverified.
 */
public final class TransBorderAccessWorkflow {
  private TransBorderAccessWorkflow() {}

  private static final ArticleCitation ART_32 = BUDAPEST.cite(32);
  private static final ArticleCitation ART_32_A = TransBorderAccessBasis.PUBLICLY_AVAILABLE.legalBasis();
  private static final ArticleCitation ART_32_B =
      TransBorderAccessBasis.LAWFUL_AND_VOLUNTARY_CONSENT.legalBasis();

  /** The access is recorded by a public authority of the accessing Party: no other Party takes part. */
  public static final Guard<StepContext<TransBorderAccessRecord>> BY_ACCESSING_PARTY =
      Guards.actor(
          "BC_32_ACTOR_ACCESSING_PARTY",
          ART_32,
          Verification.CONFIRMED,
          (c, a) -> a.party().equals(c.request().accessingParty()) && !a.role().isPrivateEntity(),
          "Only an authority of the accessing Party records its access.",
          "Seule une autorité de la Partie qui a accédé aux données enregistre cet accès.");

  /** The record shows the elements of BC 32 that make the access lawful (its completeness rules). */
  public static final Guard<StepContext<TransBorderAccessRecord>> RECORD_COMPLETE =
      Guards.complete("BC_32_RECORD_COMPLETE", ART_32);

  /** Access recorded under BC 32(a) rests on publicly available data. */
  public static final Guard<StepContext<TransBorderAccessRecord>> PUBLICLY_AVAILABLE =
      Guard.require(
          "BC_32_A_NOT_PUBLICLY_AVAILABLE",
          ART_32_A,
          Verification.CONFIRMED,
          c -> c.request().basis() == TransBorderAccessBasis.PUBLICLY_AVAILABLE,
          "The record rests on consent, not on publicly available data: record it under BC 32(b).",
          "L'enregistrement repose sur un consentement et non sur des données accessibles au"
              + " public : enregistrez-le au titre de l'article 32(b).");

  /** Access recorded under BC 32(b) rests on lawful and voluntary consent. */
  public static final Guard<StepContext<TransBorderAccessRecord>> WITH_CONSENT =
      Guard.require(
          "BC_32_B_NOT_CONSENT",
          ART_32_B,
          Verification.CONFIRMED,
          c -> c.request().reliesOnConsent(),
          "The record rests on publicly available data, not on consent: record it under BC 32(a).",
          "L'enregistrement repose sur des données accessibles au public et non sur un"
              + " consentement : enregistrez-le au titre de l'article 32(a).");

  /** BC 32 is open to Parties: the Convention binds the accessing Party on the day of the access. */
  public static final Guard<StepContext<TransBorderAccessRecord>> CONVENTION_IN_FORCE =
      Guard.require(
          "BC_32_A_CONVENTION_IN_FORCE",
          ART_32_A,
          Verification.CONFIRMED,
          c ->
              c.environment()
                  .registry()
                  .isInForce(Instrument.BUDAPEST, c.request().accessingParty(), accessDay(c)),
          "The Convention was not in force for the accessing Party on the day of the access.",
          "La Convention n'était pas en vigueur pour la Partie qui a accédé aux données le jour de"
              + " l'accès.");

  /**
   * For BC 32(b), the record names the Party where the data is located; passes for a record that
   * does not rest on consent ({@link #WITH_CONSENT} reports it).
   */
  public static final Guard<StepContext<TransBorderAccessRecord>> STORED_IN_NAMED =
      Guard.require(
          "BC_32_B_STORED_IN_NAMED",
          ART_32_B,
          Verification.UNVERIFIED,
          c -> !c.request().reliesOnConsent() || c.request().storedIn().isPresent(),
          "Access with consent concerns data located in another Party: the record must name it.",
          "L'accès avec consentement concerne des données situées sur le territoire d'une autre"
              + " Partie : l'enregistrement doit la désigner.");

  /**
   * For BC 32(b), the Convention binds the accessing Party and the Party where the data is, on the
   * day of the access in the accessing Party's time zone; passes when the record names no such
   * Party ({@link #STORED_IN_NAMED} reports it) or does not rest on consent ({@link #WITH_CONSENT}
   * reports it).
   */
  public static final Guard<StepContext<TransBorderAccessRecord>> CONVENTION_IN_FORCE_BETWEEN =
      Guard.require(
          "BC_32_B_CONVENTION_IN_FORCE",
          ART_32_B,
          Verification.CONFIRMED,
          TransBorderAccessWorkflow::inForceWhereStored,
          "The Convention was not in force between the accessing Party and the Party where the data"
              + " is located on the day of the access.",
          "La Convention n'était pas en vigueur entre la Partie qui a accédé aux données et la"
              + " Partie où elles sont situées le jour de l'accès.");

  /** The lifecycle: one line per case of BC 32. */
  public static final TransitionTable<
          TransBorderAccessStatus, TransBorderAccessAction, StepContext<TransBorderAccessRecord>>
      TABLE =
          TransitionTable.of(TransBorderAccessStatus.class, TransBorderAccessAction.class, context())
              .initial(DRAFT)
              .terminal(EnumSet.of(RECORDED))
              .from(DRAFT).on(RECORD_PUBLICLY_AVAILABLE).to(RECORDED).per(ART_32_A)
                  .when(List.of(BY_ACCESSING_PARTY, PUBLICLY_AVAILABLE, RECORD_COMPLETE, CONVENTION_IN_FORCE))
              .from(DRAFT).on(RECORD_WITH_CONSENT).to(RECORDED).per(ART_32_B)
                  .when(List.of(
                      BY_ACCESSING_PARTY,
                      WITH_CONSENT,
                      RECORD_COMPLETE,
                      STORED_IN_NAMED,
                      CONVENTION_IN_FORCE_BETWEEN))
              .build();

  /** The engine for records of trans-border access. */
  public static final Workflow<TransBorderAccessRecord, TransBorderAccessStatus, TransBorderAccessAction>
      WORKFLOW = new Workflow<>(RequestFamily.TRANS_BORDER_ACCESS, TABLE);

  @SuppressWarnings("unchecked")
  private static Class<StepContext<TransBorderAccessRecord>> context() {
    return (Class<StepContext<TransBorderAccessRecord>>) (Class<?>) StepContext.class;
  }

  /** Whether the Convention binds the accessing Party and the Party where the data is stored. */
  private static boolean inForceWhereStored(StepContext<TransBorderAccessRecord> c) {
    TransBorderAccessRecord record = c.request();
    if (!record.reliesOnConsent() || record.storedIn().isEmpty()) {
      return true;
    }
    return c.environment()
        .registry()
        .isInForceBetween(
            Instrument.BUDAPEST, record.accessingParty(), record.storedIn().get(), accessDay(c));
  }

  /** The day of the access in the accessing Party's time zone. */
  private static LocalDate accessDay(StepContext<TransBorderAccessRecord> c) {
    return LocalDate.ofInstant(
        c.request().accessedAt(),
        c.environment().policy().timeZone(c.request().accessingParty()));
  }
}
