/**
 * {@code plan import}: a Word or text document to a draft plan file. Readers turn a source into
 * a {@link plan.importer.SourceDocument} (paragraph and table blocks, whatever the format), the
 * {@link plan.importer.Recognizer} finds the plan in the blocks (headings, numbered lists, the
 * title block) and keeps every other block in the preamble or in sections, and
 * {@link plan.importer.PlanYamlWriter} writes the model as a person would. Sits beside
 * {@code check}: it produces the model and never binds or checks it itself.
 */
package plan.importer;
