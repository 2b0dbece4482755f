package org.treatyflow.model.common;

/**
 * A request sent by a requesting Party to a requested Party, or by an authority of one Party to a
 * provider or registrar in another (2AP 6, 7). Every family type of kind {@link
 * RequestFamily.Kind#REQUEST} implements it.
 */
public interface Request extends CooperationAct {
  /** Identifiers, Parties, authorities, channel and conditions common to every request. */
  RequestHeader header();
}
