package org.treatyflow.serialization.journal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a case-management system keeps apart from a journal, so that losing lines at its end is
 * detected too: the number of lines and the hash of the last one. A chain alone shows any change,
 * insertion, deletion or reordering before its last line; only an anchor shows that its last lines
 * were cut off.
 *
 * @param lineCount the number of lines
 * @param head the hash of the last line, 64 lower-case hexadecimal digits
 */
public record JournalAnchor(int lineCount, String head) {
  public JournalAnchor {
    checkArgument(lineCount >= 1, "JournalAnchor.lineCount must be at least 1, was %s", lineCount);
    checkNotNull(head, "JournalAnchor.head");
    checkArgument(CaseJournal.isHash(head), "JournalAnchor.head must be 64 lower-case hex digits");
  }
}
