package org.treatyflow.examples.simulation;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The simulation's agenda: a binary min-heap of steps ordered by time, then by the order in which
 * they were scheduled. Keys are kept in arrays of primitives so that ordering them reads no object.
 */
final class EventQueue {
  private long[] times = new long[1024];
  private long[] sequences = new long[1024];
  private Object[] actions = new Object[1024];
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  /** Adds {@code action} at time {@code at}, scheduled as number {@code sequence}. */
  void add(long at, long sequence, Consumer<Instant> action) {
    if (size == times.length) {
      int capacity = size * 2;
      times = Arrays.copyOf(times, capacity);
      sequences = Arrays.copyOf(sequences, capacity);
      actions = Arrays.copyOf(actions, capacity);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(at, sequence, times[parent], sequences[parent])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, at, sequence, action);
  }

  /** The time of the first step; the queue must not be empty. */
  long firstTime() {
    return times[0];
  }

  /** Removes and returns the first step; the queue must not be empty. */
  @SuppressWarnings("unchecked")
  Consumer<Instant> pollFirst() {
    Consumer<Instant> first = (Consumer<Instant>) actions[0];
    int last = --size;
    long at = times[last];
    long sequence = sequences[last];
    Object action = actions[last];
    actions[last] = null;
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && before(times[right], sequences[right], times[child], sequences[child])) {
        child = right;
      }
      if (!before(times[child], sequences[child], at, sequence)) {
        break;
      }
      move(child, i);
      i = child;
    }
    if (size > 0) {
      times[i] = at;
      sequences[i] = sequence;
      actions[i] = action;
    }
    return first;
  }

  private static boolean before(long at, long sequence, long otherAt, long otherSequence) {
    return at < otherAt || (at == otherAt && sequence < otherSequence);
  }

  private void move(int from, int to) {
    times[to] = times[from];
    sequences[to] = sequences[from];
    actions[to] = actions[from];
  }

  private void set(int i, long at, long sequence, Object action) {
    times[i] = at;
    sequences[i] = sequence;
    actions[i] = action;
  }
}
