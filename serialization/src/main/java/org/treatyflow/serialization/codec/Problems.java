package org.treatyflow.serialization.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading one document, in document order. Reading goes on after a
 * problem so that one rejection reports every fault, up to {@value #MOST_REPORTED}.
 */
public final class Problems {
  /** The most problems one rejection lists; a hostile document could otherwise produce millions. */
  public static final int MOST_REPORTED = 100;

  private final List<Problem> found = new ArrayList<>();
  private int total;

  /** Records that the value at {@code at} is not what was {@code expected}. */
  public void add(Path at, String expected) {
    total++;
    if (found.size() < MOST_REPORTED) {
      found.add(new Problem(at.pointer(), expected));
    }
  }

  /** Records a problem whose pointer is already known. */
  public void add(Problem problem) {
    total++;
    if (found.size() < MOST_REPORTED) {
      found.add(problem);
    }
  }

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return total == 0;
  }

  /** The number of problems found so far, counting those not listed. */
  public int count() {
    return total;
  }

  /** The problems listed, at most {@value #MOST_REPORTED}. */
  public List<Problem> listed() {
    return List.copyOf(found);
  }
}
