package org.treatyflow.testkit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.Acceptance;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.model.reply.Postponement;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;

/**
 * Arbitraries of complete replies and decisions. Every free-text field that may name persons
 * carries {@link PersonArbitraries#MARKER}.
 */
public final class ReplyArbitraries {
  private static final LocalDate BASE = LocalDate.of(2025, 6, 1);

  private ReplyArbitraries() {}

  /** Families of kind REQUEST, which receive replies. */
  public static Arbitrary<RequestFamily> requestFamilies() {
    return Arbitraries.of(
        Arrays.stream(RequestFamily.values())
            .filter(f -> f.kind() == RequestFamily.Kind.REQUEST)
            .collect(Collectors.toList()));
  }

  /** A header of a reply from the requested Party's central authority to the requesting Party. */
  public static Arbitrary<ReplyHeader> headers(RequestFamily family) {
    return CommonArbitraries.partyPairs()
        .flatMap(
            pair ->
                Combinators.combine(
                        CommonArbitraries.requestIds(),
                        CommonArbitraries.authorities(pair.get(1), AuthorityRole.CENTRAL_AUTHORITY),
                        CommonArbitraries.authorities(pair.get(0), AuthorityRole.CENTRAL_AUTHORITY)
                            .optional(0.7),
                        Arbitraries.integers().between(0, 500),
                        Arbitraries.of(Channel.CENTRAL_AUTHORITY, Channel.DIRECT_JUDICIAL))
                    .as(
                        (requestId, from, to, day, channel) ->
                            ReplyHeader.builder()
                                .id(RequestId.of(requestId.value() + "-R"))
                                .answersRequest(requestId)
                                .family(family)
                                .fromParty(pair.get(1))
                                .fromAuthority(from)
                                .toParty(pair.get(0))
                                .toAuthority(to)
                                .date(BASE.plusDays(day))
                                .channel(family == RequestFamily.FIU_INFORMATION_EXCHANGE
                                        || family == RequestFamily.FIU_POSTPONEMENT
                                    ? Channel.FIU_TO_FIU
                                    : channel)
                                .build()));
  }

  private static Arbitrary<ReplyHeader> headers() {
    return requestFamilies().flatMap(ReplyArbitraries::headers);
  }

  /** A free text naming a person, so that it carries the marker. */
  private static Arbitrary<String> personalText(String... templates) {
    return Combinators.combine(Arbitraries.of(templates), PersonArbitraries.names())
        .as((template, name) -> String.format(template, name));
  }

  /** An acknowledgement, with or without action initiated. */
  public static Arbitrary<Acknowledgement> acknowledgements() {
    return Combinators.combine(
            headers(),
            Arbitraries.integers().between(0, 10),
            Arbitraries.of(true, false),
            personalText("The accounts of %s were identified at two banks."))
        .as(
            (header, daysBefore, initiated, action) -> {
              Acknowledgement.Builder builder =
                  Acknowledgement.builder()
                      .header(header)
                      .receivedOn(header.date().minusDays(daysBefore))
                      .actionInitiated(initiated);
              if (initiated) {
                builder.actionDescription(action);
              }
              return builder.build();
            });
  }

  /** A request for amendment naming what is missing; interim measures only for confiscation. */
  public static Arbitrary<AmendmentRequest> amendmentRequests() {
    return requestFamilies()
        .flatMap(
            family ->
                Combinators.combine(
                        headers(family),
                        personalText(
                            "The date of birth of %s is missing.",
                            "The link between %s and the account is not explained."),
                        Arbitraries.integers().between(7, 60).optional(0.6),
                        Arbitraries.of(true, false))
                    .as(
                        (header, missing, days, interim) ->
                            AmendmentRequest.builder()
                                .header(header)
                                .addMissingItems(missing)
                                .addUnmetProvisions(family.legalBasis().get(0))
                                .timeLimit(days.map(d -> header.date().plusDays(d)))
                                .interimMeasuresMayBeTaken(
                                    interim && family == RequestFamily.CONFISCATION)
                                .build()));
  }

  /** An acceptance. */
  public static Arbitrary<Acceptance> acceptances() {
    return Combinators.combine(headers(), Arbitraries.integers().between(1, 90).optional(0.5))
        .as(
            (header, days) ->
                Acceptance.builder()
                    .header(header)
                    .expectedExecutionBy(days.map(d -> header.date().plusDays(d)))
                    .build());
  }

  /** A partial or conditional grant with conditions and reasons. */
  public static Arbitrary<ConditionalGrant> conditionalGrants() {
    return Combinators.combine(
            headers(),
            Arbitraries.of(true, false),
            Arbitraries.subsetOf(UseCondition.values()).ofMinSize(1).ofMaxSize(2),
            personalText("Only the account held by %s is covered."),
            personalText("The statements of %s may be used only in the named proceedings."))
        .as(
            (header, partial, conditions, scope, reasons) -> {
              ConditionalGrant.Builder builder =
                  ConditionalGrant.builder()
                      .header(header)
                      .partial(partial)
                      .addAllUseConditions(conditions)
                      .reasons(reasons);
              if (partial) {
                builder.grantedScope(scope);
              }
              return builder.build();
            });
  }

  /** A postponement on a ground that applies to the family, with reasons. */
  public static Arbitrary<Postponement> postponements() {
    return Arbitraries.of(GroundForPostponement.class)
        .flatMap(
            ground ->
                Arbitraries.of(List.copyOf(ground.families()))
                    .flatMap(
                        family ->
                            Combinators.combine(
                                    headers(family),
                                    personalText(
                                        "A domestic investigation against %s would be prejudiced."),
                                    Arbitraries.integers().between(1, 180).optional(0.5))
                                .as(
                                    (header, reasons, days) ->
                                        Postponement.builder()
                                            .header(header)
                                            .ground(ground)
                                            .reasons(reasons)
                                            .until(days.map(d -> header.date().plusDays(d)))
                                            .partialGrantConsidered(true)
                                            .build())));
  }

  /** A refusal on one or two grounds that apply to the family, with reasons. */
  public static Arbitrary<Refusal> refusals() {
    return Arbitraries.of(GroundForRefusal.class)
        .flatMap(
            ground ->
                Arbitraries.of(List.copyOf(ground.families()))
                    .flatMap(
                        family ->
                            Combinators.combine(
                                    headers(family),
                                    personalText(
                                        "The proceedings against %s concern conduct that is not"
                                            + " punishable here."))
                                .as(
                                    (header, reasons) ->
                                        Refusal.builder()
                                            .header(header)
                                            .addGrounds(ground)
                                            .reasons(reasons)
                                            .partialGrantConsidered(true)
                                            .build())));
  }

  /** An execution report of any outcome, with details. */
  public static Arbitrary<ExecutionReport> executionReports() {
    return Combinators.combine(
            headers(),
            Arbitraries.of(ExecutionReport.Outcome.class),
            personalText("The bank of %s has not yet answered.", "The assets of %s were seized."),
            Arbitraries.integers().between(1, 90).optional(0.5))
        .as(
            (header, outcome, details, days) ->
                ExecutionReport.builder()
                    .header(header)
                    .outcome(outcome)
                    .details(details)
                    .expectedCompletion(days.map(d -> header.date().plusDays(d)))
                    .build());
  }

  /** A transmission of data, documents and amounts. */
  public static Arbitrary<ResultTransmission> resultTransmissions() {
    return Combinators.combine(
            headers(),
            CommonArbitraries.dataItems().list().ofMaxSize(2),
            personalText("Bank statements of %s for 2024.").list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.bigDecimals()
                .between(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(1_000_000))
                .ofScale(2)
                .map(v -> Amount.of(v, AssetCode.EUR))
                .list()
                .ofMaxSize(2),
            Arbitraries.subsetOf(UseCondition.values()).ofMaxSize(2))
        .as(
            (header, data, documents, amounts, conditions) ->
                ResultTransmission.builder()
                    .header(header)
                    .addAllDataItems(data)
                    .addAllDocuments(documents)
                    .addAllAmounts(amounts)
                    .addAllUseConditions(conditions)
                    .build());
  }

  /** An information notice of any kind, with details. */
  public static Arbitrary<InformationNotice> informationNotices() {
    return Combinators.combine(
            headers(),
            Arbitraries.of(NoticeKind.class),
            personalText("The order against %s was quashed on appeal."))
        .as(
            (header, kind, details) ->
                InformationNotice.builder().header(header).kind(kind).details(details).build());
  }

  /** Any reply. */
  public static Arbitrary<Reply> replies() {
    return Arbitraries.oneOf(
        acknowledgements(),
        amendmentRequests(),
        acceptances(),
        conditionalGrants(),
        postponements(),
        refusals(),
        executionReports(),
        resultTransmissions(),
        informationNotices());
  }

  /** Any reply, as a cooperation act. */
  public static Arbitrary<CooperationAct> acts() {
    return replies().map(r -> r);
  }
}
