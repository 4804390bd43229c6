/**
 * The workspace: every file given to one command (plans now, frameworks next), each loaded,
 * bound and checked on its own, then the rules that span files (a plan id used twice) run over
 * all of them. Findings are kept per file. {@link plan.workspace.Workspace#check(byte[], String)}
 * is the one in-memory entry point, shared by the CLI, the fuzz targets and what comes next.
 */
package plan.workspace;
