/**
 * Sharded builds: which plans one CI runner renders ({@code --shard K/N}), the manifest it writes
 * beside its documents, and {@code plan merge}, which joins the shards into the one site a build
 * would have made.
 */
package plan.app.shard;
