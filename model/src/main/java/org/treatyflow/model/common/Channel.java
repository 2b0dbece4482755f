package org.treatyflow.model.common;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The route by which a request or communication travels, with the provisions that open it.
 *
 * <p>Eurojust is not a treaty channel of these instruments and is deliberately absent. Adding a
 * constant is a breaking change: callers switch over channels.
 */
public enum Channel {
  /** Between central authorities, directly (BC 27(2)(b); WC 34(1)). */
  CENTRAL_AUTHORITY(BUDAPEST.cite(27, 2, "b"), WARSAW.cite(34, 1)),
  /**
   * Directly between judicial authorities in urgent cases, with a copy to the central authority (BC
   * 27(9)(a); WC 34(2)).
   */
  DIRECT_JUDICIAL(BUDAPEST.cite(27, 9, "a"), WARSAW.cite(34, 2)),
  /** Through the 24/7 network of points of contact (BC 35). */
  NETWORK_24_7(BUDAPEST.cite(35)),
  /** Through Interpol, a transport channel only (BC 27(9)(b); WC 34(3)). */
  INTERPOL(BUDAPEST.cite(27, 9, "b"), WARSAW.cite(34, 3)),
  /**
   * Directly between competent authorities, for requests involving no coercive action (BC 27(9);
   * WC 34(5), Section 2 requests only).
   */
  DIRECT_COMPETENT_AUTHORITIES(BUDAPEST.cite(27, 9), WARSAW.cite(34, 5)),
  /** Between Financial Intelligence Units (WC 46). */
  FIU_TO_FIU(WARSAW.cite(46)),
  /** Directly to a registrar (2AP 6) or a service provider (2AP 7) in another Party. */
  DIRECT_TO_PROVIDER(SECOND_PROTOCOL.cite(6), SECOND_PROTOCOL.cite(7));

  private final ImmutableList<ArticleCitation> legalBasis;

  Channel(ArticleCitation... legalBasis) {
    this.legalBasis = ImmutableList.copyOf(legalBasis);
  }

  /** The provisions that open this channel, never empty. */
  public List<ArticleCitation> legalBasis() {
    return legalBasis;
  }
}
