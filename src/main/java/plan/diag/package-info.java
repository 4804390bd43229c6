/**
 * Diagnostics: what went wrong, where, how bad, and how to print it for people and for CI.
 * Imports nothing else of the project.
 */
package plan.diag;
