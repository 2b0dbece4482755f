package org.treatyflow.model.disclosure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Offence;

/** The predicates the completeness rules of this package share. Not part of the API. */
final class ContentChecks {
  private ContentChecks() {}

  /** Whether {@code text} is present and not blank. */
  static boolean hasText(Optional<String> text) {
    return text.filter(t -> !t.isBlank()).isPresent();
  }

  /** Whether {@code authority} is a public authority rather than a provider or registrar. */
  static boolean isPublic(Authority authority) {
    return !authority.role().isPrivateEntity();
  }

  /** Whether {@code authority} is present and acts in {@code role}. */
  static boolean hasRole(Optional<Authority> authority, AuthorityRole role) {
    return authority.filter(a -> a.role() == role).isPresent();
  }

  /** Whether {@code authority} gives non-blank contact details. */
  static boolean hasContactDetails(Authority authority) {
    return hasText(authority.contactDetails());
  }

  /** Whether every item is of one of the {@code allowed} categories (true when there are none). */
  static boolean onlyCategories(Collection<DataItem> items, Set<DataCategory> allowed) {
    return items.stream().allMatch(item -> allowed.contains(item.category()));
  }

  /**
   * Whether every offence states its statutory provision and its maximum penalty (true when there
   * are none: a missing offence is reported by its own rule).
   */
  static boolean statesProvisionsAndPenalties(List<Offence> offences) {
    return offences.stream()
        .allMatch(o -> hasText(o.domesticProvision()) && o.maximumPenalty().isPresent());
  }
}
