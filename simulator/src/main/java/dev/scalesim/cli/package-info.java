/**
 * The command line (picocli): {@code run}, {@code validate}, {@code models}, {@code describe},
 * {@code new}. Exit codes: 0 success, 2 bad input or usage (one clear message per problem, no
 * stack trace, nothing written), 1 any other failure, 130 interrupted.
 */
package dev.scalesim.cli;
