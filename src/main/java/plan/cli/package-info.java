/** The command line: picocli commands that parse options and call {@code plan.app}. */
package plan.cli;
