package org.treatyflow.model.registry;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.common.Verification.CONFIRMED;
import static org.treatyflow.model.common.Verification.UNVERIFIED;
import static org.treatyflow.model.registry.ReservationKind.DECLARATION;
import static org.treatyflow.model.registry.ReservationKind.DESIGNATION;
import static org.treatyflow.model.registry.ReservationKind.RESERVATION;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Verification;

/**
 * A reservation, declaration or designation that a Party may make and that changes the workflow,
 * as tabled in CONVENTIONS.md §4. A rule that depends on one reads it from the status of the
 * requested (or executing) Party in the {@link PartyRegistry}.
 *
 * <p>Legal basis: BC 40 and 42, 2AP 19, WC 53; each constant cites the provision it concerns.
 *
 * <p>Each constant has a {@linkplain #fileCode() file code}, the spelling used in the registry
 * file: the short codes of PARTIES.md ({@code BC_29_4}, {@code BC_DESIGNATIONS}, {@code 2AP_7_9_A},
 * {@code WC_3_2}, {@code WC_9_4}, {@code WC_24_3}, {@code WC_31_2}, {@code WC_33_2}) where one is
 * defined, otherwise the code of CONVENTIONS.md §4 (Second Protocol codes start with {@code 2AP_};
 * the Java names start with {@code AP2_} because a Java name cannot start with a digit).
 *
 * <p>Adding a constant is a breaking change for callers that switch over codes.
 */
public enum ReservationCode {
  // --- Budapest Convention (CONVENTIONS.md §4.1) ---

  /**
   * The requested Party may refuse preservation for offences other than those of BC 2-11 where it
   * has reason to believe dual criminality will not be met at the time of disclosure.
   */
  BC_29_4_DUAL_CRIMINALITY_PRESERVATION(
      RESERVATION, BUDAPEST.cite(29, 4), CONFIRMED, "BC_29_4",
      "Preservation may be refused for offences other than BC 2-11 where dual criminality is"
          + " expected to fail at disclosure."),
  /**
   * Urgent requests sent directly between judicial authorities must go through the central
   * authority instead (a declaration under BC 40).
   */
  BC_27_9_E_CENTRAL_AUTHORITY_ONLY(
      DECLARATION, BUDAPEST.cite(27, 9, "e"), CONFIRMED, "BC_27_9_E_CENTRAL_AUTHORITY_ONLY",
      "Urgent direct judicial requests must be addressed to the central authority instead."),
  /**
   * The Party has communicated its designations (extradition authority, central authority, 24/7
   * point of contact) as ticked in the "A." column of the Treaty Office chart. It covers the
   * designations under BC 24(7), 27(2) and 35 and is cited by the central-authority provision.
   */
  BC_DESIGNATIONS(
      DESIGNATION, BUDAPEST.cite(27, 2), CONFIRMED, "BC_DESIGNATIONS",
      "The Party has communicated designations under BC 24(7), 27(2) and 35."),
  /** Designation of the 24/7 point of contact. */
  BC_DESIGNATION_24_7(
      DESIGNATION, BUDAPEST.cite(35), CONFIRMED, "BC_DESIGNATION_24_7",
      "Sets the 24/7 channel endpoint."),
  /** Designation of the central authority for mutual assistance requests. */
  BC_DESIGNATION_27_2(
      DESIGNATION, BUDAPEST.cite(27, 2, "c"), CONFIRMED, "BC_DESIGNATION_27_2",
      "Sets the central-authority endpoint."),
  /** Designation of the extradition authority (out of the library's scope, kept for completeness). */
  BC_DESIGNATION_24_7_EXTRADITION(
      DESIGNATION, BUDAPEST.cite(24, 7), CONFIRMED, "BC_DESIGNATION_24_7_EXTRADITION",
      "Sets the extradition authority."),
  /**
   * Real-time collection of traffic data (BC 20) is limited to listed offences, no narrower than
   * the range of BC 21; affects which powers are available under BC 33.
   */
  BC_14_3_A_REAL_TIME_TRAFFIC_OFFENCES(
      RESERVATION, BUDAPEST.cite(14, 3, "a"), CONFIRMED, "BC_14_3_A_REAL_TIME_TRAFFIC_OFFENCES",
      "Real-time collection of traffic data is available only for the offences the Party listed."),
  /**
   * Closed-group systems of a provider are excluded from BC 20 and 21; affects which powers are
   * available under BC 33 and 34.
   */
  BC_14_3_B_CLOSED_GROUP_SYSTEMS(
      RESERVATION, BUDAPEST.cite(14, 3, "b"), CONFIRMED, "BC_14_3_B_CLOSED_GROUP_SYSTEMS",
      "Real-time collection and interception are not applied to closed-group systems of a"
          + " provider."),

  // --- Second Additional Protocol (CONVENTIONS.md §4.2) ---

  /** Direct orders (2AP 7) to providers in this Party are not available; use 2AP 8 or MLA. */
  AP2_7_9_A_NOT_APPLY_ART7(
      RESERVATION, SECOND_PROTOCOL.cite(7, 9, "a"), CONFIRMED, "2AP_7_9_A",
      "Direct orders to providers in this Party are not available; use 2AP 8 or mutual"
          + " assistance."),
  /** Certain access numbers are excluded from 2AP 7 (unverified). */
  AP2_7_9_B_ACCESS_NUMBERS(
      RESERVATION, SECOND_PROTOCOL.cite(7, 9, "b"), UNVERIFIED, "2AP_7_9_B_ACCESS_NUMBERS",
      "Certain access numbers are excluded from direct orders."),
  /**
   * Incoming 2AP 7 orders must be issued by, or under the supervision of, a prosecutor, judicial
   * or other independent authority (unverified).
   */
  AP2_7_2_B_SUPERVISION(
      DECLARATION, SECOND_PROTOCOL.cite(7, 2, "b"), UNVERIFIED, "2AP_7_2_B_SUPERVISION",
      "Incoming direct orders must be issued by or under a prosecutor, judicial or independent"
          + " supervisor."),
  /** The issuing authority must simultaneously notify the designated authority (unverified). */
  AP2_7_5_A_NOTIFICATION(
      DECLARATION, SECOND_PROTOCOL.cite(7, 5, "a"), UNVERIFIED, "2AP_7_5_A_NOTIFICATION",
      "The issuing authority must simultaneously notify the designated authority."),
  /** The provider must consult the Party's authorities before disclosing (unverified). */
  AP2_7_5_B_CONSULTATION(
      DECLARATION, SECOND_PROTOCOL.cite(7, 5, "b"), UNVERIFIED, "2AP_7_5_B_CONSULTATION",
      "The provider must consult the Party's authorities before disclosing."),
  /**
   * Before using 2AP 8 for subscriber information, the issuing Party must try 2AP 7 or explain why
   * it did not (unverified).
   */
  AP2_7_8_ART7_FIRST(
      DECLARATION, SECOND_PROTOCOL.cite(7, 8), UNVERIFIED, "2AP_7_8_ART7_FIRST",
      "A direct order must be tried first, or its absence explained, before a 2AP 8 request for"
          + " subscriber information."),
  /** 2AP 8 is not available for traffic data (unverified). */
  AP2_8_13_NO_TRAFFIC(
      RESERVATION, SECOND_PROTOCOL.cite(8, 13), UNVERIFIED, "2AP_8_13_NO_TRAFFIC",
      "Giving effect to foreign production orders is not available for traffic data."),
  /** Extra supporting information is required for 2AP 8 requests (unverified). */
  AP2_8_4_ADDITIONAL_INFO(
      DECLARATION, SECOND_PROTOCOL.cite(8, 4), UNVERIFIED, "2AP_8_4_ADDITIONAL_INFO",
      "Extra supporting information is required."),
  /** 2AP 8 requests must come from the requesting Party's central authority (unverified). */
  AP2_8_11_CENTRAL_AUTHORITY(
      DECLARATION, SECOND_PROTOCOL.cite(8, 11), UNVERIFIED, "2AP_8_11_CENTRAL_AUTHORITY",
      "Requests must come from the requesting Party's central authority."),
  /** Emergency 24/7 requests for subscriber information only are not executed (unverified). */
  AP2_9_1_B_NO_SUBSCRIBER_ONLY(
      DECLARATION, SECOND_PROTOCOL.cite(9, 1, "b"), UNVERIFIED, "2AP_9_1_B_NO_SUBSCRIBER_ONLY",
      "Emergency requests for subscriber information only are not executed."),
  /** After execution, the request must be re-submitted in a specified format or channel (unverified). */
  AP2_9_5_POST_SUBMISSION(
      DECLARATION, SECOND_PROTOCOL.cite(9, 5), UNVERIFIED, "2AP_9_5_POST_SUBMISSION",
      "After execution, the request must be re-submitted in the specified format or channel."),
  /**
   * Emergency mutual assistance may also arrive directly at judicial authorities, through Interpol
   * or through the 24/7 point, with a copy to the central authority (unverified).
   */
  AP2_10_9_ALT_CHANNELS(
      DECLARATION, SECOND_PROTOCOL.cite(10, 9), UNVERIFIED, "2AP_10_9_ALT_CHANNELS",
      "Emergency mutual assistance may also arrive through the other declared channels, with a"
          + " copy to the central authority."),

  // --- Warsaw Convention (CONVENTIONS.md §4.3) ---

  /** Limits the domestic confiscation obligation of WC 3(1), e.g. for tax offences. */
  WC_3_2_CONFISCATION_SCOPE(
      DECLARATION, WARSAW.cite(3, 2), CONFIRMED, "WC_3_2",
      "The confiscation obligation of WC 3(1) is limited as the Party declared."),
  /** Limits the predicate offences of laundering (WC 9(1)). */
  WC_9_4_PREDICATE_SCOPE(
      DECLARATION, WARSAW.cite(9, 4), CONFIRMED, "WC_9_4",
      "The laundering offence is limited to the predicate offences the Party declared."),
  /** Bank-account requests (WC 17) only for offences in the Appendix categories. */
  WC_17_5_APPENDIX_ONLY(
      DECLARATION, WARSAW.cite(17, 5), CONFIRMED, "WC_17_5_APPENDIX_ONLY",
      "Bank-account requests are executed only for offences in the Appendix categories."),
  /** Extends bank-account requests (WC 17) to non-bank financial institutions. */
  WC_17_6_NBFI(
      DECLARATION, WARSAW.cite(17, 6), CONFIRMED, "WC_17_6_NBFI",
      "Bank-account requests extend to non-bank financial institutions, possibly on reciprocity."),
  /** Extends banking-transaction requests (WC 18) to non-bank financial institutions. */
  WC_18_5_NBFI(
      DECLARATION, WARSAW.cite(18, 5), CONFIRMED, "WC_18_5_NBFI",
      "Banking-transaction requests extend to non-bank financial institutions, possibly on"
          + " reciprocity."),
  /** Extends monitoring requests (WC 19) to non-bank financial institutions. */
  WC_19_5_NBFI(
      DECLARATION, WARSAW.cite(19, 5), CONFIRMED, "WC_19_5_NBFI",
      "Monitoring requests extend to non-bank financial institutions."),
  /** The duty to be bound by foreign findings of fact applies only subject to constitutional principles. */
  WC_24_3_FACT_FINDINGS_CONSTITUTIONAL(
      DECLARATION, WARSAW.cite(24, 3), CONFIRMED, "WC_24_3",
      "Foreign findings of fact bind only subject to constitutional principles."),
  /** Sets the rules or authorities for serving documents. */
  WC_31_2_POSTAL_SERVICE(
      DECLARATION, WARSAW.cite(31, 2), CONFIRMED, "WC_31_2",
      "Documents are served according to the rules or through the authorities the Party"
          + " declared."),
  /** Central-authority designation, possibly several authorities by stage of proceedings. */
  WC_33_2_CENTRAL_AUTHORITY(
      DESIGNATION, WARSAW.cite(33, 2), CONFIRMED, "WC_33_2",
      "Sets the central authority or authorities."),
  /** Translation requirement for requests and annexed documents. */
  WC_35_3_LANGUAGE(
      DECLARATION, WARSAW.cite(35, 3), CONFIRMED, "WC_35_3_LANGUAGE",
      "Requests must be translated into a language the Party declared."),
  /** Conditions on which requests received electronically are accepted and executed. */
  WC_35_1_ELECTRONIC_CONDITIONS(
      DECLARATION, WARSAW.cite(35, 1), CONFIRMED, "WC_35_1_ELECTRONIC_CONDITIONS",
      "Requests received electronically are accepted on the conditions the Party declared."),
  /** All information supplied carries a purpose limitation unless consent is given. */
  WC_42_2_DEFAULT_USE_RESTRICTION(
      DECLARATION, WARSAW.cite(42, 2), CONFIRMED, "WC_42_2_DEFAULT_USE_RESTRICTION",
      "Information supplied may be used only for the purpose stated unless consent is given."),
  /** A reservation under WC 53(2) on WC 7(2)(c), in whole or part. */
  WC_53_2_ART_7_2_C(
      RESERVATION, WARSAW.cite(7, 2, "c"), CONFIRMED, "WC_53_2_ART_7_2_C",
      "The Party has a reservation on WC 7(2)(c)."),
  /** A reservation under WC 53(2) on WC 9(6), in whole or part. */
  WC_53_2_ART_9_6(
      RESERVATION, WARSAW.cite(9, 6), CONFIRMED, "WC_53_2_ART_9_6",
      "The Party has a reservation on WC 9(6)."),
  /** A reservation under WC 53(2) on WC 46(5), in whole or part. */
  WC_53_2_ART_46_5(
      RESERVATION, WARSAW.cite(46, 5), CONFIRMED, "WC_53_2_ART_46_5",
      "The Party has a reservation on WC 46(5)."),
  /** A reservation under WC 53(2) on WC 47: the Party need not act on foreign FIU postponement requests. */
  WC_53_2_ART_47(
      RESERVATION, WARSAW.cite(47), CONFIRMED, "WC_53_2_ART_47",
      "The Party need not act on foreign FIU postponement requests."),
  /** A declaration under WC 53(3) on how the Party will apply WC 17 and 19. */
  WC_53_3_ARTICLES_17_19(
      DECLARATION, WARSAW.cite(53, 3), CONFIRMED, "WC_53_3_ARTICLES_17_19",
      "The Party applies WC 17 and 19 in the manner it declared."),
  /** A declaration under WC 53(4) on not applying, partly applying or the manner of applying WC 3(4). */
  WC_53_4_ART_3_4(
      DECLARATION, WARSAW.cite(53, 4), CONFIRMED, "WC_53_4_ART_3_4",
      "The Party does not apply, or applies in part or in a declared manner, WC 3(4).");

  private static final Map<String, ReservationCode> BY_FILE_CODE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(ReservationCode::fileCode, Function.identity()));

  private final ReservationKind kind;
  private final ArticleCitation citation;
  private final Verification verification;
  private final String fileCode;
  private final String effect;

  ReservationCode(
      ReservationKind kind,
      ArticleCitation citation,
      Verification verification,
      String fileCode,
      String effect) {
    this.kind = kind;
    this.citation = citation;
    this.verification = verification;
    this.fileCode = fileCode;
    this.effect = effect;
  }

  /** Whether this is a reservation, a declaration or a designation. */
  public ReservationKind kind() {
    return kind;
  }

  /** The provision the statement concerns, e.g. {@code BC 29(4)}. */
  public ArticleCitation citation() {
    return citation;
  }

  /** The treaty under which the statement is made: the instrument of {@link #citation()}. */
  public Instrument instrument() {
    return citation.instrument();
  }

  /** Whether the effect was checked against a treaty text ({@code UNVERIFIED} where §4 says so). */
  public Verification verification() {
    return verification;
  }

  /** The spelling in the registry file, e.g. {@code BC_29_4} or {@code 2AP_7_9_A}. */
  public String fileCode() {
    return fileCode;
  }

  /** The effect on the workflow, one English sentence for a case officer. */
  public String effect() {
    return effect;
  }

  /**
   * The code whose {@linkplain #fileCode() file code} is {@code fileCode}; empty for any other
   * text (the comparison is exact and case-sensitive).
   */
  public static Optional<ReservationCode> fromFileCode(String fileCode) {
    return Optional.ofNullable(BY_FILE_CODE.get(fileCode));
  }
}
