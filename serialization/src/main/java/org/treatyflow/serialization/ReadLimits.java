package org.treatyflow.serialization;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The limits a document must keep to before it is even parsed into a tree, chosen for this format:
 * generous for real requests, small enough that a hostile document cannot exhaust memory or time.
 *
 * <ul>
 *   <li>{@code maxDocumentBytes} 4 MiB: the largest request seen in practice is a few hundred
 *       kilobytes of text; annexes travel separately.
 *   <li>{@code maxNestingDepth} 32: the deepest value of the format (an envelope holding a request
 *       holding an asset holding an amount holding its asset code) is 6 levels deep.
 *   <li>{@code maxStringLength} 1 MiB of characters: a statement of facts fits many times over.
 *   <li>{@code maxNumberLength} 32 characters: the format's numbers are integers of at most 19
 *       digits; amounts are strings.
 *   <li>{@code maxNameLength} 64 characters: the longest member name of the format has 38.
 *   <li>{@code maxTokenCount} 500,000 tokens.
 * </ul>
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest member name, in characters
 * @param maxTokenCount the most JSON tokens in a document
 */
public record ReadLimits(
    int maxDocumentBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxTokenCount) {

  /** The limits of the standard format, as documented above. */
  public static final ReadLimits STANDARD = new ReadLimits(4 << 20, 32, 1 << 20, 32, 64, 500_000);

  public ReadLimits {
    checkArgument(maxDocumentBytes > 0, "ReadLimits.maxDocumentBytes must be positive");
    checkArgument(maxNestingDepth >= 8, "ReadLimits.maxNestingDepth must be at least 8");
    checkArgument(maxStringLength > 0, "ReadLimits.maxStringLength must be positive");
    checkArgument(maxNumberLength >= 20, "ReadLimits.maxNumberLength must be at least 20");
    checkArgument(maxNameLength >= 38, "ReadLimits.maxNameLength must be at least 38");
    checkArgument(maxTokenCount > 0, "ReadLimits.maxTokenCount must be positive");
  }

  /** The same limits as Jackson's stream read constraints. */
  public StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentBytes)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .maxTokenCount(maxTokenCount)
        .build();
  }
}
