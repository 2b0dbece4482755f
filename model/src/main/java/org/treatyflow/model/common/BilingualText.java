package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A sentence or title in the two official languages of the Council of Europe, English and French.
 *
 * @param english the English text, never blank
 * @param french the French text, never blank
 */
public record BilingualText(String english, String french) {
  public BilingualText {
    checkNotNull(english, "english");
    checkNotNull(french, "french");
    checkArgument(!english.isBlank(), "BilingualText.english must not be blank");
    checkArgument(!french.isBlank(), "BilingualText.french must not be blank");
  }

  /** The text in {@code language}: French for {@link Language#FRENCH}, English otherwise. */
  public String in(Language language) {
    return language.equals(Language.FRENCH) ? french : english;
  }
}
