/**
 * Check results remembered, beside the pipeline rather than in it: on disk (a build's state
 * folder, the user's cache folder) or in memory for a preview server, each an implementation of
 * the workspace's {@link plan.cache.CheckMemo}; and where a build into a folder keeps its
 * state.
 */
package plan.cache;
