/**
 * The HTML stage: the content Markdown through flexmark, inside the {@code page.ftlh} layout,
 * and the site's index and assets. Raw HTML is escaped and link destinations are checked again
 * here, so the page is safe even if Markdown reached it some other way.
 */
package plan.render.html;
