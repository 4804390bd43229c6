/**
 * Orchestration of {@code check} and {@code build}: finds plan files, runs load, bind and check,
 * applies project settings and waivers, and hands checked plans to the renderers.
 */
package plan.app;
