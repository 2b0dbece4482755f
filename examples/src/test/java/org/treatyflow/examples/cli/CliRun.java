package org.treatyflow.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One run of the tool in a test: its exit code and what it wrote on standard output and error.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exitCode, String out, String err) {
  /** The instant the tool's clock shows unless a test says otherwise. */
  static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

  /** Runs the tool with {@code args}, an empty standard input and the clock at {@link #NOW}. */
  static CliRun run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), NOW, args);
  }

  /** Runs the tool with {@code args}, reading {@code in} and with the clock at {@code now}. */
  static CliRun run(InputStream in, Instant now, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        TreatyflowCli.run(
            in, Clock.fixed(now, ZoneOffset.UTC), new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** Whether anything written looks like a stack trace. */
  boolean showsAStackTrace() {
    return (out + err).contains("\tat ") || (out + err).contains("Exception in thread");
  }
}
