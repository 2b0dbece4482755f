package org.treatyflow.model.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that holds personal data: a name, an identifier, an address, a free-text
 * account of facts about persons.
 *
 * <p>Such an attribute is also marked {@code @Value.Redacted}, so that it never appears in {@code
 * toString}, and it is never quoted in an exception message or a violation. A test walks every
 * model type and checks both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {}
