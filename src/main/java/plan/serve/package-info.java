/**
 * {@code plan serve}: a live preview on 127.0.0.1. Beside {@code app}'s build, it runs the same
 * check, render and publish steps into memory on every save, serves the site that {@code plan
 * build} writes, and tells each open page over server-sent events when what it shows changed.
 */
package plan.serve;
