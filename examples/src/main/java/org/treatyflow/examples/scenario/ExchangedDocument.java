package org.treatyflow.examples.scenario;

import org.treatyflow.serialization.Envelope;

/**
 * A document a scenario sent, as the exchange format carries it.
 *
 * @param fileName the file it is written to with {@code --out}, such as {@code
 *     01-preservation-request.json}
 * @param envelope the message
 */
public record ExchangedDocument(String fileName, Envelope envelope) {}
