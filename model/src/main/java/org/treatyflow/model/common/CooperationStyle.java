package org.treatyflow.model.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, placed on every model package through its
 * package-info.
 *
 * <p>Generated classes stay package-private: callers reach a value's builder through the nested
 * {@code Builder} class of the type itself, and {@code build()} returns the abstract type. Builders
 * refuse to set a field twice. Attributes marked {@link Value.Redacted} (personal data, see
 * {@link PersonalData}) are masked in {@code toString}.
 *
 * <p>Styles are not merged: do not put an inline {@code @Value.Style} on a single type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    redactedMask = "***")
public @interface CooperationStyle {}
