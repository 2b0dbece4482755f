/**
 * The command-line tool {@code treatyflow}: checks exchange documents and case journals, publishes
 * the exchange format's schemas and draws the lifecycle of each request family.
 *
 * <p>Start from {@link org.treatyflow.examples.cli.TreatyflowCli}, the top command, which lists
 * every subcommand in one place and fixes the exit codes: 0 for success, 1 for a document or
 * journal found wanting, 2 for a usage error or a file that cannot be read or written, 3 for an
 * internal error. Findings go to standard output; what stops a command goes to standard error, and
 * never as a stack trace.
 */
package org.treatyflow.examples.cli;
