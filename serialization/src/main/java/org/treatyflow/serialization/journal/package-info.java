/**
 * The case journal: a case's history as hash-chained JSON Lines, verified line by line, replayed
 * through the workflow, and with personal data that can be erased without breaking the chain.
 *
 * <p>Start from {@link org.treatyflow.serialization.journal.CaseJournal}.
 */
package org.treatyflow.serialization.journal;
