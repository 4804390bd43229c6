/**
 * Loading: bytes of a plan file to SnakeYAML nodes with positions, within limits that keep
 * hostile input (bombs, deep nesting, huge or binary files, type tags) harmless.
 */
package plan.load;
