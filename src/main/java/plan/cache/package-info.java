/**
 * How check results are remembered, beside the pipeline rather than in it: the workspace owns
 * what it needs remembered ({@link plan.workspace.ResultMemory}, plain data) and this package
 * says how. {@link plan.cache.CheckMemo} keeps results as bytes ({@link plan.cache.CheckedCodec}):
 * on disk ({@link plan.cache.CheckCache}: a build's state folder, the user's cache folder, with
 * the {@link plan.cache.FileLook looks} of the files hashed) or in memory for a preview server
 * ({@link plan.cache.MemoryMemo}); and {@link plan.cache.BuildState} says where a build into a
 * folder keeps its state.
 */
package plan.cache;
