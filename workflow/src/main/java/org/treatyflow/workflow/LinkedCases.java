package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestId;

/**
 * Where a guard finds the case of another request, so that a follow-up and its origin can be checked
 * together: a confiscation and the freezing that secured the property (WC 21(2), 23), a disposal
 * and the confiscation it disposes of (WC 25), access to stored data and the preservation that
 * secured it (BC 29(7), 31). The case-management system supplies it; the workflow only reads it.
 */
@FunctionalInterface
public interface LinkedCases {
  /** No other case is known: a rule that needs the origin reports that it cannot be found. */
  LinkedCases NONE = id -> Optional.empty();

  /** The current case of the request with {@code requestId}, if known. */
  Optional<CaseFile<?, ?, ?>> find(RequestId requestId);

  /** A lookup over {@code cases}, by the id of each case's request; ids must be distinct. */
  static LinkedCases of(Iterable<? extends CaseFile<? extends Request, ?, ?>> cases) {
    Map<RequestId, CaseFile<?, ?, ?>> byId = new HashMap<>();
    for (CaseFile<? extends Request, ?, ?> c : cases) {
      RequestId id = checkNotNull(c, "case").request().header().id();
      checkArgument(byId.put(id, c) == null, "LinkedCases: two cases for the same request id");
    }
    Map<RequestId, CaseFile<?, ?, ?>> copy = Map.copyOf(byId);
    return id -> Optional.ofNullable(copy.get(id));
  }
}
