/**
 * The building blocks of the exchange format: a {@link org.treatyflow.serialization.codec.Codec}
 * per type, from which writing, strict reading with JSON Pointer problems, the JSON Schema and the
 * personal-data map used by the case journal are all derived.
 *
 * <p>Users of the format need not touch this package: {@link
 * org.treatyflow.serialization.ExchangeFormat} and {@link
 * org.treatyflow.serialization.TreatyflowModule} wrap it. It is public so that a system can
 * describe its own extension types the same way.
 */
package org.treatyflow.serialization.codec;
