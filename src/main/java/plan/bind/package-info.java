/**
 * Binding: YAML nodes to the typed model, reporting unknown keys, wrong types and missing
 * keys, every one at once, each at its node's position. Values are read from scalar nodes as
 * written, so YAML 1.1's yes/no/on never turn into booleans.
 */
package plan.bind;
