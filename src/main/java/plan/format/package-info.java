/**
 * The format, described once: file kinds, the keys of every mapping with their types and
 * whether they are required, which items carry ids, which keys refer to which kinds, chapter
 * names and label keys. Binding, the text, id and reference rules, the fuzz generator (and the
 * schema, import and diff to come) are walks over this description instead of copies of it.
 * Uses only the model (the tree it walks) and diag (rule names a plan may waive).
 */
package plan.format;
