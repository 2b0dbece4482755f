/**
 * JMH benchmarks of treatyflow: the transition tables and {@code Workflow.apply} against a bare
 * {@code EnumMap} and stateless4j, the exchange format against plain Jackson databind and the bare
 * streaming parser, and one simulated case. Run them with {@code java -jar
 * benchmarks/target/benchmarks.jar}; docs/PERFORMANCE.md has the settings and the latest figures.
 *
 * <p>Every input is built in a {@code @Setup} method from fixed content or a fixed seed, so what is
 * measured never includes generating it.
 */
package org.treatyflow.benchmarks;
