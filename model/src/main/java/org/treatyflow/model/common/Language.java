package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A language of a request or of its translation, by ISO 639-1 code.
 *
 * <p>Legal basis: WC 35(2)-(3): translations are not required unless the requested Party declared
 * that it requires one into its own language, into an official language of the Council of Europe
 * (English or French) or into one of these that it names.
 */
@Value.Immutable(builder = false)
public abstract class Language {
  private static final Set<String> CODES = ImmutableSet.copyOf(Arrays.asList(Locale.getISOLanguages()));

  /** English, an official language of the Council of Europe. */
  public static final Language ENGLISH = of("en");

  /** French, an official language of the Council of Europe. */
  public static final Language FRENCH = of("fr");

  /** The ISO 639-1 code, lower case, e.g. {@code "de"}. */
  @Value.Parameter
  public abstract String code();

  @Value.Check
  protected void check() {
    checkArgument(
        code().length() == 2 && CODES.contains(code()),
        "Language.code must be an ISO 639-1 code, was '%s'",
        code());
  }

  /** The language with ISO 639-1 {@code code}. */
  public static Language of(String code) {
    return ImmutableLanguage.of(code);
  }

  /** Whether this is English or French, the official languages of the Council of Europe. */
  public boolean isOfficialCouncilOfEuropeLanguage() {
    return equals(ENGLISH) || equals(FRENCH);
  }

  @Override
  public String toString() {
    return code();
  }
}
