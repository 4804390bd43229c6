/**
 * Where a build's documents go and what is remembered of them: a folder published safely (staged,
 * then renamed into place, with a record of each plan's documents) or memory for a live preview.
 * Knows documents and keys, not plans.
 */
package plan.app.publish;
