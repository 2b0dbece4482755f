package org.treatyflow.serialization.codec;

/**
 * The location of a value in a document, built as reading descends and printed as a JSON Pointer
 * (RFC 6901) only when a problem is reported, so that reading valid documents costs no strings.
 *
 * <p>A member name that does not look like a name of the format (it is too long or holds other
 * characters) is printed as {@code /~unknown}, since names of unknown members come from the
 * input and could hold personal data.
 */
public final class Path {
  private static final Path ROOT = new Path(null, null, -1);
  private static final int LONGEST_PRINTED_NAME = 64;

  private final Path parent;
  private final String member;
  private final int index;

  private Path(Path parent, String member, int index) {
    this.parent = parent;
    this.member = member;
    this.index = index;
  }

  /** The whole document. */
  public static Path root() {
    return ROOT;
  }

  /**
   * The location a streaming parser is at: the member or element its context is reading, printed
   * with the same care for member names as any other path.
   */
  public static Path of(com.fasterxml.jackson.core.JsonStreamContext context) {
    java.util.ArrayDeque<com.fasterxml.jackson.core.JsonStreamContext> chain =
        new java.util.ArrayDeque<>();
    for (var at = context; at != null && !at.inRoot(); at = at.getParent()) {
      chain.push(at);
    }
    Path path = ROOT;
    for (var at : chain) {
      if (at.inArray()) {
        path = path.index(Math.max(at.getCurrentIndex(), 0));
      } else if (at.getCurrentName() != null) {
        path = path.member(at.getCurrentName());
      }
    }
    return path;
  }

  /** The member of this object with the given name. */
  public Path member(String name) {
    return new Path(this, name, -1);
  }

  /** The element of this array at the given index. */
  public Path index(int position) {
    return new Path(this, null, position);
  }

  /** This location as a JSON Pointer: the empty string for the whole document. */
  public String pointer() {
    if (parent == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    append(out);
    return out.toString();
  }

  private void append(StringBuilder out) {
    if (parent == null) {
      return;
    }
    parent.append(out);
    out.append('/');
    if (member == null) {
      out.append(index);
    } else if (isPrintable(member)) {
      out.append(member.replace("~", "~0").replace("/", "~1"));
    } else {
      out.append("~unknown");
    }
  }

  /**
   * Whether a member name may appear in a pointer: short, and made of the characters the format
   * uses in its own names; {@code @} and {@code $} only first, as in {@code @class} or {@code
   * $type}, so that an e-mail address is not printed.
   */
  static boolean isPrintable(String name) {
    if (name.isEmpty() || name.length() > LONGEST_PRINTED_NAME) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-'
              || (i == 0 && (c == '@' || c == '$'))
              || c == '.';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return pointer();
  }
}
