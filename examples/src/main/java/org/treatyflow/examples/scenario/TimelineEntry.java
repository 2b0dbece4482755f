package org.treatyflow.examples.scenario;

import java.time.Instant;
import java.util.Optional;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Party;

/**
 * One line of a scenario's timeline: when, in which case, who acted towards whom, through which
 * channel, what happened, under which article, and the deadline it sets or meets, if any.
 *
 * @param at when, by the scenario's clock
 * @param caseName the case, as the scenario names it ({@code "BC 29 preservation FR-DE"})
 * @param from the Party that acted
 * @param to the other Party of the case
 * @param channel the channel of the request
 * @param event what happened: the action, or the attempt that was refused and why
 * @param citation the article that allowed (or forbade) it
 * @param deadline the deadline the step sets or meets, if any, in words
 */
public record TimelineEntry(
    Instant at,
    String caseName,
    Party from,
    Party to,
    Channel channel,
    String event,
    ArticleCitation citation,
    Optional<String> deadline) {}
