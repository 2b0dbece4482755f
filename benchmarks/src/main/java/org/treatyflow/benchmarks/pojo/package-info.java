/**
 * Plain Jackson databind classes mirroring the benchmark documents, the baseline the exchange
 * format is measured against.
 */
package org.treatyflow.benchmarks.pojo;
