package org.treatyflow.model.financial;

/**
 * What the evidence sought about property should show, in the words of WC 16.
 *
 * <p>Legal basis: WC 16 (measures providing or securing evidence as to the existence, location or
 * movement, nature, legal status or value of property). Adding a constant is a breaking change.
 */
public enum TracingAspect {
  /** Whether the property exists. */
  EXISTENCE,
  /** Where the property is, or how it moved. */
  LOCATION_OR_MOVEMENT,
  /** What the property is. */
  NATURE,
  /** Who owns or controls it, and on what title. */
  LEGAL_STATUS,
  /** What it is worth. */
  VALUE
}
