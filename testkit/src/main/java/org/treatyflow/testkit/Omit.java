package org.treatyflow.testkit;

import java.util.ArrayList;
import java.util.List;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.financial.WarsawRequestContent;

/** Rebuilds the parts that many families share without one of their items. */
final class Omit {
  private Omit() {}

  /** The items of a header that a family's rules may require. */
  enum HeaderItem {
    /** The provisions within the family's own articles; other provisions invoked stay. */
    OWN_LEGAL_BASIS,
    /** The authority, provider or registrar addressed. */
    REQUESTED_AUTHORITY,
    /** The date of the request. */
    DATE,
    /** The contact details of the requesting authority; the authority itself stays. */
    REQUESTING_AUTHORITY_CONTACT_DETAILS
  }

  /**
   * {@code h} rebuilt without {@code item}, which for the legal basis is {@code family}'s; {@code h}
   * itself when {@code item} is null (the item removed is not in the header).
   */
  static RequestHeader header(RequestHeader h, RequestFamily family, HeaderItem item) {
    if (item == null) {
      return h;
    }
    RequestHeader.Builder b =
        RequestHeader.builder()
            .id(h.id())
            .requestingParty(h.requestingParty())
            .requestedParty(h.requestedParty())
            .requestingAuthority(
                item == HeaderItem.REQUESTING_AUTHORITY_CONTACT_DETAILS
                    ? withoutContactDetails(h.requestingAuthority())
                    : h.requestingAuthority())
            .investigatingAuthority(h.investigatingAuthority())
            .channel(h.channel())
            .urgency(h.urgency())
            .language(h.language())
            .addAllTranslations(h.translations())
            .confidentialityRequested(h.confidentialityRequested())
            .addAllUseConditions(h.useConditions());
    if (item == HeaderItem.OWN_LEGAL_BASIS) {
      h.legalBasis().stream()
          .filter(c -> family.legalBasis().stream().noneMatch(c::isWithin))
          .forEach(b::addLegalBasis);
    } else {
      b.addAllLegalBasis(h.legalBasis());
    }
    if (item != HeaderItem.REQUESTED_AUTHORITY) {
      b.requestedAuthority(h.requestedAuthority());
    }
    if (item != HeaderItem.DATE) {
      b.dateOfRequest(h.dateOfRequest());
    }
    return b.build();
  }

  /** {@code a} without its contact details. */
  static Authority withoutContactDetails(Authority a) {
    return Authority.of(a.party(), a.role(), a.name());
  }

  /**
   * {@code offences} with the first one rebuilt without its statutory provision and its maximum
   * penalty (the item 2AP 7(4), 8(4) and 9 require of each offence); the others stay.
   */
  static List<Offence> withoutProvisionsAndPenalties(List<Offence> offences) {
    List<Offence> all = new ArrayList<>(offences);
    Offence o = all.get(0);
    all.set(
        0,
        Offence.builder()
            .domesticDescription(o.domesticDescription())
            .addAllBudapestOffences(o.budapestOffences())
            .addAllLaunderingOffences(o.launderingOffences())
            .addAllAppendixCategories(o.appendixCategories())
            .financingOfTerrorism(o.financingOfTerrorism())
            .fiscal(o.fiscal())
            .build());
    return all;
  }

  /** {@code f} without its summary; the date and place of the offence stay. */
  static Facts withoutSummary(Facts f) {
    return Facts.builder().offenceDate(f.offenceDate()).offencePlace(f.offencePlace()).build();
  }

  /** The Warsaw Convention's common content items (WC 37(1)(b)-(d)) that can be removed. */
  enum ContentItem {
    /** WC 37(1)(b). */
    OBJECT_AND_REASON("WC_37_1_B_OBJECT_AND_REASON"),
    /** WC 37(1)(c): the summary of the facts. */
    FACTS("WC_37_1_C_FACTS"),
    /** WC 37(1)(d)(i), required when the measure is coercive. */
    STATUTORY_PROVISIONS("WC_37_1_D_I_STATUTORY_PROVISIONS"),
    /** WC 37(1)(d)(ii), required when the measure is coercive. */
    MEASURE_AVAILABLE_AT_HOME("WC_37_1_D_II_MEASURE_AVAILABLE_AT_HOME");

    final String code;

    ContentItem(String code) {
      this.code = code;
    }

    /** Whether the item is required of {@code c}, so that removing it is a violation. */
    boolean requiredOf(WarsawRequestContent c) {
      return this == OBJECT_AND_REASON || this == FACTS || c.coercive();
    }
  }

  /** {@code c} rebuilt without {@code item}. */
  static WarsawRequestContent content(WarsawRequestContent c, ContentItem item) {
    WarsawRequestContent.Builder b =
        WarsawRequestContent.builder()
            .coercive(c.coercive())
            .addAllPersons(c.persons())
            .addAllProperty(c.property())
            .particularProcedure(c.particularProcedure());
    if (item != ContentItem.OBJECT_AND_REASON) {
      b.objectAndReason(c.objectAndReason());
    }
    b.facts(item == ContentItem.FACTS ? withoutSummary(c.facts()) : c.facts());
    if (item != ContentItem.STATUTORY_PROVISIONS) {
      b.statutoryProvisions(c.statutoryProvisions());
    }
    if (item != ContentItem.MEASURE_AVAILABLE_AT_HOME) {
      b.measureAvailableAtHome(c.measureAvailableAtHome());
    }
    return b.build();
  }
}
