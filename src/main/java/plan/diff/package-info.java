/**
 * What changed between two versions of a plan, by meaning: a walk over both bound trees guided
 * by the format description (beside {@code check}, reading the model), and the printers of the
 * changes (text, markdown, json, github). Reading files and git revisions is {@code app}'s.
 */
package plan.diff;
