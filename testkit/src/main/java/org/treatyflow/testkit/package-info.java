/**
 * jqwik generators of every model type, valid by construction and with realistic values: real ISO
 * codes, valid IBANs, plausible wallet addresses.
 *
 * <p>Start from {@link org.treatyflow.testkit.CommonArbitraries} (Parties, authorities, citations,
 * offences, data items, facts, request headers), {@link org.treatyflow.testkit.AssetArbitraries}
 * and {@link org.treatyflow.testkit.PersonArbitraries}. Each request family has its own class of
 * arbitraries.
 */
package org.treatyflow.testkit;
