package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A reference to a provision of one of the treaties: instrument, article, and optionally paragraph,
 * point and sub-point. It is the one way the code base refers to law.
 *
 * <p>The printed form is the one used by practitioners and in {@code CONVENTIONS.md}: {@code BC
 * 29(2)(a)}, {@code 2AP 7(5)(c)(i)}, {@code WC 28(7)}, and for articles whose points are not in
 * numbered paragraphs {@code WC 1(h)}. {@link #parse(String)} reads exactly what {@link
 * #toString()} prints.
 *
 * <p>Build citations through the instrument: {@code Instrument.BUDAPEST.cite(29, 2, "a")}.
 */
@Value.Immutable(builder = false)
public abstract class ArticleCitation implements Comparable<ArticleCitation> {

  private static final Pattern FORM =
      Pattern.compile(
          "(BC|2AP|WC) ([1-9][0-9]{0,2})(?:\\(([1-9][0-9]?)\\))?(?:\\(([a-z])\\)(?:\\((i|ii|iii|iv|v|vi|vii|viii|ix|x)\\))?)?");
  private static final ImmutableList<String> SUBPOINTS =
      ImmutableList.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

  /**
   * Citations already read, by printed form: documents cite the same few provisions again and
   * again. Bounded, since a document could cite many distinct ones; past the bound, parsing still
   * works, uncached.
   */
  private static final ConcurrentMap<String, ArticleCitation> PARSED = new ConcurrentHashMap<>();

  private static final int MOST_PARSED_KEPT = 4096;

  private static final Comparator<Optional<Integer>> BY_PARAGRAPH =
      Comparator.comparing(p -> p.orElse(0));
  private static final Comparator<Optional<String>> BY_POINT =
      Comparator.comparing(p -> p.orElse(""));
  private static final Comparator<Optional<String>> BY_SUBPOINT =
      Comparator.comparing(p -> p.map(ArticleCitation::romanValue).orElse(0));
  private static final Comparator<ArticleCitation> ORDER =
      Comparator.comparing(ArticleCitation::instrument)
          .thenComparingInt(ArticleCitation::article)
          .thenComparing(ArticleCitation::paragraph, BY_PARAGRAPH)
          .thenComparing(ArticleCitation::point, BY_POINT)
          .thenComparing(ArticleCitation::subpoint, BY_SUBPOINT);

  /** The treaty. */
  @Value.Parameter
  public abstract Instrument instrument();

  /** The article number, at least 1. */
  @Value.Parameter
  public abstract int article();

  /** The paragraph number, at least 1, if the citation is that precise. */
  @Value.Parameter
  public abstract Optional<Integer> paragraph();

  /** The point, a single lower-case letter ({@code a}, {@code b}, ...). */
  @Value.Parameter
  public abstract Optional<String> point();

  /** The sub-point of a point, a lower-case Roman numeral from {@code i} to {@code x}. */
  @Value.Parameter
  public abstract Optional<String> subpoint();

  @Value.Check
  protected void check() {
    checkArgument(
        article() >= 1 && article() <= 999,
        "ArticleCitation.article must be between 1 and 999, was %s",
        article());
    paragraph()
        .ifPresent(
            p ->
                checkArgument(
                    p >= 1 && p <= 99,
                    "ArticleCitation.paragraph must be between 1 and 99, was %s",
                    p));
    point()
        .ifPresent(
            p ->
                checkArgument(
                    p.length() == 1 && p.charAt(0) >= 'a' && p.charAt(0) <= 'z',
                    "ArticleCitation.point must be one lower-case letter, was '%s'",
                    p));
    subpoint()
        .ifPresent(
            s ->
                checkArgument(
                    SUBPOINTS.contains(s),
                    "ArticleCitation.subpoint must be a Roman numeral from i to x, was '%s'",
                    s));
    checkArgument(
        subpoint().isEmpty() || point().isPresent(),
        "ArticleCitation.subpoint needs a point (%s)",
        this);
  }

  static ArticleCitation of(
      Instrument instrument,
      int article,
      Optional<Integer> paragraph,
      Optional<String> point,
      Optional<String> subpoint) {
    return ImmutableArticleCitation.of(instrument, article, paragraph, point, subpoint);
  }

  /**
   * Reads the printed form, e.g. {@code "BC 29(2)(a)"}.
   *
   * @throws IllegalArgumentException if {@code text} is not a citation; the message shows the text
   *     and the expected form
   */
  public static ArticleCitation parse(String text) {
    checkNotNull(text, "text");
    ArticleCitation known = PARSED.get(text);
    if (known != null) {
      return known;
    }
    ArticleCitation parsed = parseUncached(text);
    if (PARSED.size() < MOST_PARSED_KEPT) {
      PARSED.putIfAbsent(text, parsed);
    }
    return parsed;
  }

  private static ArticleCitation parseUncached(String text) {
    Matcher m = FORM.matcher(text);
    checkArgument(
        m.matches(),
        "Not an article citation: '%s'; expected e.g. 'BC 29(2)(a)', '2AP 7(5)(c)(i)' or 'WC 1(h)'",
        text);
    return of(
        Instrument.fromShortName(m.group(1)),
        Integer.parseInt(m.group(2)),
        Optional.ofNullable(m.group(3)).map(Integer::parseInt),
        Optional.ofNullable(m.group(4)),
        Optional.ofNullable(m.group(5)));
  }

  /** The citation of the whole article, e.g. {@code BC 29} for {@code BC 29(2)(a)}. */
  public ArticleCitation wholeArticle() {
    return instrument().cite(article());
  }

  /** Whether this citation is {@code other} or a part of it, e.g. {@code BC 29(2)(a)} within {@code BC 29}. */
  public boolean isWithin(ArticleCitation other) {
    return instrument() == other.instrument()
        && article() == other.article()
        && (other.paragraph().isEmpty() || other.paragraph().equals(paragraph()))
        && (other.point().isEmpty() || other.point().equals(point()))
        && (other.subpoint().isEmpty() || other.subpoint().equals(subpoint()));
  }

  /**
   * The official title of the cited article in {@code language} (English or French), where the
   * library knows it; empty otherwise, never guessed.
   */
  public Optional<String> articleTitle(Language language) {
    return ArticleTitles.titleOf(instrument(), article(), language);
  }

  /** The printed form, e.g. {@code BC 29(2)(a)}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(instrument().shortName()).append(' ').append(article());
    paragraph().ifPresent(p -> s.append('(').append(p).append(')'));
    point().ifPresent(p -> s.append('(').append(p).append(')'));
    subpoint().ifPresent(p -> s.append('(').append(p).append(')'));
    return s.toString();
  }

  /** Orders by instrument, article, paragraph, point and sub-point (Roman numerals by value). */
  @Override
  public int compareTo(ArticleCitation other) {
    return ORDER.compare(this, other);
  }

  private static int romanValue(String numeral) {
    return switch (numeral) {
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      case "iv" -> 4;
      case "v" -> 5;
      case "vi" -> 6;
      case "vii" -> 7;
      case "viii" -> 8;
      case "ix" -> 9;
      case "x" -> 10;
      default -> throw new IllegalArgumentException("Not a Roman numeral from i to x: " + numeral);
    };
  }
}
