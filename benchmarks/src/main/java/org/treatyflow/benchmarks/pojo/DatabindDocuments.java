package org.treatyflow.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Plain mutable classes mirroring the JSON of the benchmark documents member for member, for
 * Jackson databind to read and write without the exchange format's codecs: no validation, dates,
 * codes and enums kept as strings. They are the baseline of {@code CodecBenchmark}.
 */
public final class DatabindDocuments {
  private DatabindDocuments() {}

  /** An authority: its Party, role, name and contact details. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class AuthorityPojo {
    /** The {@code party} member. */
    public String party;
    /** The {@code role} member. */
    public String role;
    /** The {@code name} member. */
    public String name;
    /** The {@code contactDetails} member. */
    public String contactDetails;

    /** An empty value, for Jackson to fill. */
    public AuthorityPojo() {}
  }

  /** The header of a request. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class HeaderPojo {
    /** The {@code id} member. */
    public String id;
    /** The {@code requestingParty} member. */
    public String requestingParty;
    /** The {@code requestedParty} member. */
    public String requestedParty;
    /** The {@code requestingAuthority} member. */
    public AuthorityPojo requestingAuthority;
    /** The {@code requestedAuthority} member. */
    public AuthorityPojo requestedAuthority;
    /** The {@code investigatingAuthority} member. */
    public AuthorityPojo investigatingAuthority;
    /** The {@code channel} member. */
    public String channel;
    /** The {@code dateOfRequest} member. */
    public String dateOfRequest;
    /** The {@code urgency} member. */
    public String urgency;
    /** The {@code language} member. */
    public String language;
    /** The {@code translations} member. */
    public List<String> translations;
    /** The {@code legalBasis} member. */
    public List<String> legalBasis;
    /** The {@code confidentialityRequested} member. */
    public Boolean confidentialityRequested;
    /** The {@code useConditions} member. */
    public List<String> useConditions;

    /** An empty value, for Jackson to fill. */
    public HeaderPojo() {}
  }

  /** The maximum penalty of an offence. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class PenaltyPojo {
    /** The {@code imprisonmentMonths} member. */
    public Integer imprisonmentMonths;
    /** The {@code lifeImprisonment} member. */
    public Boolean lifeImprisonment;

    /** An empty value, for Jackson to fill. */
    public PenaltyPojo() {}
  }

  /** An offence as the requesting Party's law names it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class OffencePojo {
    /** The {@code domesticDescription} member. */
    public String domesticDescription;
    /** The {@code domesticProvision} member. */
    public String domesticProvision;
    /** The {@code budapestOffences} member. */
    public List<String> budapestOffences;
    /** The {@code launderingOffences} member. */
    public List<String> launderingOffences;
    /** The {@code appendixCategories} member. */
    public List<String> appendixCategories;
    /** The {@code financingOfTerrorism} member. */
    public Boolean financingOfTerrorism;
    /** The {@code fiscal} member. */
    public Boolean fiscal;
    /** The {@code maximumPenalty} member. */
    public PenaltyPojo maximumPenalty;

    /** An empty value, for Jackson to fill. */
    public OffencePojo() {}
  }

  /** The facts of a request. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class FactsPojo {
    /** The {@code summary} member. */
    public String summary;
    /** The {@code offenceDate} member. */
    public String offenceDate;
    /** The {@code offencePlace} member. */
    public String offencePlace;

    /** An empty value, for Jackson to fill. */
    public FactsPojo() {}
  }

  /** An item of data a request is about. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class DataItemPojo {
    /** The {@code category} member. */
    public String category;
    /** The {@code description} member. */
    public String description;
    /** The {@code selector} member. */
    public String selector;
    /** The {@code periodStart} member. */
    public String periodStart;
    /** The {@code periodEnd} member. */
    public String periodEnd;
    /** The {@code relationToOffence} member. */
    public String relationToOffence;

    /** An empty value, for Jackson to fill. */
    public DataItemPojo() {}
  }

  /** A measure of assistance. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class MeasurePojo {
    /** The {@code kind} member. */
    public String kind;
    /** The {@code description} member. */
    public String description;

    /** An empty value, for Jackson to fill. */
    public MeasurePojo() {}
  }

  /** A person a request names. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class PersonPojo {
    /** The {@code role} member. */
    public String role;
    /** The {@code kind} member. */
    public String kind;
    /** The {@code name} member. */
    public String name;
    /** The {@code dateOfBirth} member. */
    public String dateOfBirth;
    /** The {@code placeOfBirth} member. */
    public String placeOfBirth;
    /** The {@code nationality} member. */
    public String nationality;
    /** The {@code address} member. */
    public String address;
    /** The {@code identifiers} member. */
    public List<String> identifiers;

    /** An empty value, for Jackson to fill. */
    public PersonPojo() {}
  }

  /** The code of a currency or virtual asset. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class AssetCodePojo {
    /** The {@code code} member. */
    public String code;
    /** The {@code kind} member. */
    public String kind;
    /** The {@code scale} member. */
    public Integer scale;

    /** An empty value, for Jackson to fill. */
    public AssetCodePojo() {}
  }

  /** An amount of an asset. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class AmountPojo {
    /** The {@code value} member. */
    public String value;
    /** The {@code asset} member. */
    public AssetCodePojo asset;

    /** An empty value, for Jackson to fill. */
    public AmountPojo() {}
  }

  /** A piece of property; every kind's members in one class, told apart by {@code type}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class AssetPojo {
    /** The {@code type} member. */
    public String type;
    /** The {@code iban} member. */
    public String iban;
    /** The {@code bankName} member. */
    public String bankName;
    /** The {@code bic} member. */
    public String bic;
    /** The {@code landRegistryReference} member. */
    public String landRegistryReference;
    /** The {@code description} member. */
    public String description;
    /** The {@code registrationNumber} member. */
    public String registrationNumber;
    /** The {@code identificationNumber} member. */
    public String identificationNumber;
    /** The {@code asset} member. */
    public AssetCodePojo asset;
    /** The {@code network} member. */
    public String network;
    /** The {@code address} member. */
    public String address;
    /** The {@code custodian} member. */
    public String custodian;
    /** The {@code location} member. */
    public String location;
    /** The {@code estimatedValue} member. */
    public AmountPojo estimatedValue;

    /** An empty value, for Jackson to fill. */
    public AssetPojo() {}
  }

  /** The WC 37(1) content of a request under the Warsaw Convention. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class ContentPojo {
    /** The {@code objectAndReason} member. */
    public String objectAndReason;
    /** The {@code facts} member. */
    public FactsPojo facts;
    /** The {@code coercive} member. */
    public Boolean coercive;
    /** The {@code statutoryProvisions} member. */
    public String statutoryProvisions;
    /** The {@code measureAvailableAtHome} member. */
    public Boolean measureAvailableAtHome;
    /** The {@code persons} member. */
    public List<PersonPojo> persons;
    /** The {@code property} member. */
    public List<AssetPojo> property;

    /** An empty value, for Jackson to fill. */
    public ContentPojo() {}
  }

  /** An expedited preservation request (BC 29), the small document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class PreservationPojo {
    /** The {@code type} member. */
    public String type;
    /** The {@code header} member. */
    public HeaderPojo header;
    /** The {@code offences} member. */
    public List<OffencePojo> offences;
    /** The {@code facts} member. */
    public FactsPojo facts;
    /** The {@code dataToPreserve} member. */
    public List<DataItemPojo> dataToPreserve;
    /** The {@code custodianOrLocation} member. */
    public String custodianOrLocation;
    /** The {@code necessity} member. */
    public String necessity;
    /** The {@code intendsMutualAssistanceFollowUp} member. */
    public Boolean intendsMutualAssistanceFollowUp;
    /** The {@code preservationDaysRequested} member. */
    public Integer preservationDaysRequested;

    /** An empty value, for Jackson to fill. */
    public PreservationPojo() {}
  }

  /** A mutual assistance request (BC 25, 27), the medium document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class MutualAssistancePojo {
    /** The {@code type} member. */
    public String type;
    /** The {@code header} member. */
    public HeaderPojo header;
    /** The {@code offences} member. */
    public List<OffencePojo> offences;
    /** The {@code facts} member. */
    public FactsPojo facts;
    /** The {@code measures} member. */
    public List<MeasurePojo> measures;
    /** The {@code dataItems} member. */
    public List<DataItemPojo> dataItems;
    /** The {@code persons} member. */
    public List<PersonPojo> persons;
    /** The {@code procedureRequested} member. */
    public String procedureRequested;
    /** The {@code coercive} member. */
    public Boolean coercive;

    /** An empty value, for Jackson to fill. */
    public MutualAssistancePojo() {}
  }

  /** A confiscation request (WC 23), the large document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class ConfiscationPojo {
    /** The {@code type} member. */
    public String type;
    /** The {@code header} member. */
    public HeaderPojo header;
    /** The {@code offences} member. */
    public List<OffencePojo> offences;
    /** The {@code content} member. */
    public ContentPojo content;
    /** The {@code mode} member. */
    public String mode;
    /** The {@code kind} member. */
    public String kind;
    /** The {@code nonConvictionBased} member. */
    public Boolean nonConvictionBased;
    /** The {@code assets} member. */
    public List<AssetPojo> assets;
    /** The {@code orderAmount} member. */
    public AmountPojo orderAmount;
    /** The {@code certifiedCopyOfOrderAttached} member. */
    public Boolean certifiedCopyOfOrderAttached;
    /** The {@code statementOfGroundsAttached} member. */
    public Boolean statementOfGroundsAttached;
    /** The {@code enforceabilityAttested} member. */
    public Boolean enforceabilityAttested;
    /** The {@code extentOfEnforcement} member. */
    public String extentOfEnforcement;
    /** The {@code provisionalMeasuresNeeded} member. */
    public Boolean provisionalMeasuresNeeded;
    /** The {@code thirdPartiesInvolved} member. */
    public Boolean thirdPartiesInvolved;
    /** The {@code thirdPartyDocumentsAttached} member. */
    public Boolean thirdPartyDocumentsAttached;
    /** The {@code noImprisonmentInDefault} member. */
    public Boolean noImprisonmentInDefault;
    /** The {@code otherPartiesRequested} member. */
    public List<String> otherPartiesRequested;

    /** An empty value, for Jackson to fill. */
    public ConfiscationPojo() {}
  }
}
