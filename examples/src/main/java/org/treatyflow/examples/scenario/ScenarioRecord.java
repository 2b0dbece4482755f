package org.treatyflow.examples.scenario;

import java.util.List;
import java.util.SortedMap;
import org.treatyflow.workflow.CaseFile;

/**
 * What a scenario did.
 *
 * @param name the scenario's name
 * @param title what it shows
 * @param timeline every step and refused attempt, in time order
 * @param documents every document exchanged, in the order sent
 * @param cases every case at its end, by case name
 * @param journals the journal of every case (JSON Lines), by case name
 * @param checkpoints every case just before each of its steps, in time order, for training
 */
public record ScenarioRecord(
    String name,
    String title,
    List<TimelineEntry> timeline,
    List<ExchangedDocument> documents,
    SortedMap<String, CaseFile<?, ?, ?>> cases,
    SortedMap<String, List<String>> journals,
    List<Checkpoint> checkpoints) {}
