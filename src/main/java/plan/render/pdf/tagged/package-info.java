/**
 * What makes the PDF a tagged, conforming document: the structure tree built in reading order,
 * where each line's text goes in it, links and bookmarks as structure, page labels, the standard
 * claimed (PDF/UA-2, PDF/A-4) and the dates that make the file reproducible.
 */
package plan.render.pdf.tagged;
