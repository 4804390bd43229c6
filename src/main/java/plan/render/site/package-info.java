/**
 * The rendering stage as a whole: a checked plan becomes its documents (Markdown, HTML, PDF), a
 * build's plans become the site's index and assets, each as {@link plan.render.site.Documents}
 * (output name to bytes). Nothing here touches a file system: writing, caching, serving and
 * sharding are done around it, by whoever holds the documents.
 */
package plan.render.site;
