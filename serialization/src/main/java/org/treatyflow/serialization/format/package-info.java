/**
 * The codecs of the model's types, one constant per type, grouped by the model package they map:
 * {@link org.treatyflow.serialization.format.CommonCodecs} (parties, citations, headers, offences),
 * {@link org.treatyflow.serialization.format.AssetCodecs}, {@link
 * org.treatyflow.serialization.format.PersonCodecs}, the codecs of each request family, and {@link
 * org.treatyflow.serialization.format.ReplyCodecs}.
 *
 * <p>Member names are the model's accessor names; a type name (the member {@code "type"}) is given
 * to payload types and to the alternatives of a union, and is part of the published format.
 * Members that hold personal data (the model's {@code @PersonalData}) are marked so, which the
 * schemas show with {@code "$comment": "personal data"} and the case journal uses to seal them.
 */
package org.treatyflow.serialization.format;
