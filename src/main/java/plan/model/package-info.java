/**
 * The typed, immutable plan model. Every element keeps the source position it was bound from,
 * so that checks can point back to the YAML. Imports nothing else of the project.
 */
package plan.model;
