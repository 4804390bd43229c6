/**
 * {@code check} over files on disk: finds plan files, governs each by its folder's
 * {@code plan.config.yaml} and its own waivers, runs the workspace over them (with a cache of
 * results where one is given) and reports each plan, framework and results file as checked.
 */
package plan.app.check;
