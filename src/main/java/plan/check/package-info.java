/**
 * Checking: the format's structural rules over the bound model, one class per rule. Checks run
 * on partly bound plans too (absent parts are null or empty), so all problems come at once.
 */
package plan.check;
