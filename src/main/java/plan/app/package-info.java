/**
 * Orchestration of {@code build} and {@code merge}, and of {@code init} and {@code diff}: renders
 * the checked plans ({@link plan.app.check}) whose documents are out of date (their
 * {@link plan.app.RenderKey}), in the order of their cascade, and hands the documents to a
 * publisher ({@link plan.app.publish}), or to a shard's recorder ({@link plan.app.shard}).
 */
package plan.app;
