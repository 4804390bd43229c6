/**
 * The content stage: a plan to Markdown through the one content template. Plan text is made
 * safe here (raw HTML shown as text, only http, https, mailto and relative links), so the
 * Markdown is safe in any CommonMark viewer and the HTML and PDF stages start from safe input.
 */
package plan.render.markdown;
