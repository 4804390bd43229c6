/** What the rendering stages share: the hardened template engine and its failures. */
package plan.render;
