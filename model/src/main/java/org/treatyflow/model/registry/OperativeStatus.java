package org.treatyflow.model.registry;

/**
 * Whether a Party, while bound by a treaty, takes part in its bodies with full rights. It is a flag
 * separate from the entry-into-force date: a Party with restricted rights is still a Party, and
 * requests to or from it are still governed by the treaty.
 *
 * <p>Legal basis: decision of the Conference of the Parties to CETS 198 (November 2022) on the
 * Russian Federation (see PARTIES.md); the treaties themselves know no such status.
 *
 * <p>Adding a constant is a breaking change: callers switch over operative statuses.
 */
public enum OperativeStatus {
  /** A Party with full rights: the default. */
  ACTIVE,
  /**
   * A Party whose rights in the treaty's Conference of the Parties are restricted, such as the
   * Russian Federation in the Conference of the Parties to the Warsaw Convention since 2022 (no
   * vote outside statutory matters, online participation only, no office-holding).
   */
  RIGHTS_RESTRICTED
}
