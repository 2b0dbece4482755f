package org.treatyflow.serialization.format;

import static org.treatyflow.serialization.codec.Codecs.BOOLEAN;
import static org.treatyflow.serialization.codec.Codecs.DATE;
import static org.treatyflow.serialization.codec.Codecs.INTEGER;
import static org.treatyflow.serialization.codec.Codecs.STRING;
import static org.treatyflow.serialization.codec.Codecs.enumeration;
import static org.treatyflow.serialization.codec.Codecs.named;
import static org.treatyflow.serialization.codec.Codecs.text;

import org.treatyflow.model.common.AppendixCategory;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.MaximumPenalty;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;

/** The codecs of the model's common types: parties, citations, authorities, headers, offences. */
public final class CommonCodecs {
  private CommonCodecs() {}

  /** A Party as its ISO 3166-1 alpha-2 code ({@code "FR"}; also {@code "EU"} and {@code "XK"}). */
  public static final Codec<Party> PARTY =
      named(
          "Party",
          text(
              "an ISO 3166-1 alpha-2 code of a State, such as \"FR\" (or \"EU\", \"XK\")",
              code -> Party.isValidCode(code) ? Party.of(code) : null,
              Party::code,
              schema -> schema.put("pattern", "^[A-Z]{2}$")));

  /** A language as its ISO 639-1 code ({@code "en"}). */
  public static final Codec<Language> LANGUAGE =
      named(
          "Language",
          text(
              "an ISO 639-1 language code, such as \"en\"",
              Language::of,
              Language::code,
              schema -> schema.put("pattern", "^[a-z]{2}$")));

  /** A reference of a request as its text. */
  public static final Codec<RequestId> REQUEST_ID =
      named(
          "RequestId",
          text(
              "a reference of 1 to 64 letters, digits or . _ : / -, starting with a letter or digit",
              RequestId::of,
              RequestId::value,
              schema -> schema.put("pattern", "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$")));

  /** An article citation in its printed form ({@code "BC 29(2)(a)"}). */
  public static final Codec<ArticleCitation> CITATION =
      named(
          "ArticleCitation",
          text(
              "an article citation such as \"BC 29(2)(a)\", \"2AP 7(5)(c)(i)\" or \"WC 1(h)\"",
              ArticleCitation::parse,
              ArticleCitation::toString,
              schema ->
                  schema.put(
                      "pattern",
                      "^(BC|2AP|WC) [1-9][0-9]{0,2}(\\([1-9][0-9]?\\))?(\\([a-z]\\)(\\((i|ii|iii|iv|v|vi|vii|viii|ix|x)\\))?)?$")));

  public static final Codec<AuthorityRole> AUTHORITY_ROLE = enumeration(AuthorityRole.class);
  public static final Codec<Channel> CHANNEL = enumeration(Channel.class);
  public static final Codec<Urgency> URGENCY = enumeration(Urgency.class);
  public static final Codec<UseCondition> USE_CONDITION = enumeration(UseCondition.class);
  public static final Codec<DataCategory> DATA_CATEGORY = enumeration(DataCategory.class);
  public static final Codec<BudapestOffence> BUDAPEST_OFFENCE = enumeration(BudapestOffence.class);
  public static final Codec<LaunderingOffence> LAUNDERING_OFFENCE =
      enumeration(LaunderingOffence.class);
  public static final Codec<AppendixCategory> APPENDIX_CATEGORY =
      enumeration(AppendixCategory.class);
  public static final Codec<RequestFamily> REQUEST_FAMILY = enumeration(RequestFamily.class);
  public static final Codec<Verification> VERIFICATION = enumeration(Verification.class);

  /** An authority: its Party, role, name, and contact details (personal data). */
  public static final ObjectCodec<Authority, Authority.Builder> AUTHORITY =
      ObjectCodec.of("Authority", Authority.class, Authority.Builder::new, Authority.Builder::build)
          .required("party", PARTY, Authority::party, Authority.Builder::party)
          .required("role", AUTHORITY_ROLE, Authority::role, Authority.Builder::role)
          .required("name", STRING, Authority::name, Authority.Builder::name)
          .optional(
              "contactDetails",
              STRING,
              Authority::contactDetails,
              Authority.Builder::contactDetails)
          .personal()
          .build();

  /** The maximum penalty of an offence. */
  public static final ObjectCodec<MaximumPenalty, MaximumPenalty.Builder> MAXIMUM_PENALTY =
      ObjectCodec.of(
              "MaximumPenalty",
              MaximumPenalty.class,
              MaximumPenalty.Builder::new,
              MaximumPenalty.Builder::build)
          .optional(
              "imprisonmentMonths",
              INTEGER,
              MaximumPenalty::imprisonmentMonths,
              MaximumPenalty.Builder::imprisonmentMonths)
          .defaulted(
              "lifeImprisonment",
              BOOLEAN,
              MaximumPenalty::lifeImprisonment,
              MaximumPenalty.Builder::lifeImprisonment)
          .build();

  /** An offence under investigation, with its classifications. */
  public static final ObjectCodec<Offence, Offence.Builder> OFFENCE =
      ObjectCodec.of("Offence", Offence.class, Offence.Builder::new, Offence.Builder::build)
          .required(
              "domesticDescription",
              STRING,
              Offence::domesticDescription,
              Offence.Builder::domesticDescription)
          .optional(
              "domesticProvision",
              STRING,
              Offence::domesticProvision,
              Offence.Builder::domesticProvision)
          .set(
              "budapestOffences",
              BUDAPEST_OFFENCE,
              Offence::budapestOffences,
              Offence.Builder::addAllBudapestOffences)
          .set(
              "launderingOffences",
              LAUNDERING_OFFENCE,
              Offence::launderingOffences,
              Offence.Builder::addAllLaunderingOffences)
          .set(
              "appendixCategories",
              APPENDIX_CATEGORY,
              Offence::appendixCategories,
              Offence.Builder::addAllAppendixCategories)
          .defaulted(
              "financingOfTerrorism",
              BOOLEAN,
              Offence::financingOfTerrorism,
              Offence.Builder::financingOfTerrorism)
          .defaulted("fiscal", BOOLEAN, Offence::fiscal, Offence.Builder::fiscal)
          .optional(
              "maximumPenalty",
              MAXIMUM_PENALTY,
              Offence::maximumPenalty,
              Offence.Builder::maximumPenalty)
          .build();

  /** The summary of the facts; the summary and the place are personal data. */
  public static final ObjectCodec<Facts, Facts.Builder> FACTS =
      ObjectCodec.of("Facts", Facts.class, Facts.Builder::new, Facts.Builder::build)
          .optional("summary", STRING, Facts::summary, Facts.Builder::summary)
          .personal()
          .optional("offenceDate", DATE, Facts::offenceDate, Facts.Builder::offenceDate)
          .optional("offencePlace", STRING, Facts::offencePlace, Facts.Builder::offencePlace)
          .personal()
          .build();

  /** An item of computer data; its selector and its relation to the offence are personal data. */
  public static final ObjectCodec<DataItem, DataItem.Builder> DATA_ITEM =
      ObjectCodec.of("DataItem", DataItem.class, DataItem.Builder::new, DataItem.Builder::build)
          .required("category", DATA_CATEGORY, DataItem::category, DataItem.Builder::category)
          .required("description", STRING, DataItem::description, DataItem.Builder::description)
          .optional("selector", STRING, DataItem::selector, DataItem.Builder::selector)
          .personal()
          .optional("periodStart", DATE, DataItem::periodStart, DataItem.Builder::periodStart)
          .optional("periodEnd", DATE, DataItem::periodEnd, DataItem.Builder::periodEnd)
          .optional(
              "relationToOffence",
              STRING,
              DataItem::relationToOffence,
              DataItem.Builder::relationToOffence)
          .personal()
          .build();

  /** The header every request carries. */
  public static final ObjectCodec<RequestHeader, RequestHeader.Builder> REQUEST_HEADER =
      ObjectCodec.of(
              "RequestHeader",
              RequestHeader.class,
              RequestHeader.Builder::new,
              RequestHeader.Builder::build)
          .required("id", REQUEST_ID, RequestHeader::id, RequestHeader.Builder::id)
          .required(
              "requestingParty",
              PARTY,
              RequestHeader::requestingParty,
              RequestHeader.Builder::requestingParty)
          .required(
              "requestedParty",
              PARTY,
              RequestHeader::requestedParty,
              RequestHeader.Builder::requestedParty)
          .required(
              "requestingAuthority",
              AUTHORITY,
              RequestHeader::requestingAuthority,
              RequestHeader.Builder::requestingAuthority)
          .optional(
              "requestedAuthority",
              AUTHORITY,
              RequestHeader::requestedAuthority,
              RequestHeader.Builder::requestedAuthority)
          .optional(
              "investigatingAuthority",
              AUTHORITY,
              RequestHeader::investigatingAuthority,
              RequestHeader.Builder::investigatingAuthority)
          .required("channel", CHANNEL, RequestHeader::channel, RequestHeader.Builder::channel)
          .optional(
              "dateOfRequest",
              DATE,
              RequestHeader::dateOfRequest,
              RequestHeader.Builder::dateOfRequest)
          .defaulted("urgency", URGENCY, RequestHeader::urgency, RequestHeader.Builder::urgency)
          .required("language", LANGUAGE, RequestHeader::language, RequestHeader.Builder::language)
          .set(
              "translations",
              LANGUAGE,
              RequestHeader::translations,
              RequestHeader.Builder::addAllTranslations)
          .list(
              "legalBasis",
              CITATION,
              RequestHeader::legalBasis,
              RequestHeader.Builder::addAllLegalBasis)
          .defaulted(
              "confidentialityRequested",
              BOOLEAN,
              RequestHeader::confidentialityRequested,
              RequestHeader.Builder::confidentialityRequested)
          .set(
              "useConditions",
              USE_CONDITION,
              RequestHeader::useConditions,
              RequestHeader.Builder::addAllUseConditions)
          .build();
}
