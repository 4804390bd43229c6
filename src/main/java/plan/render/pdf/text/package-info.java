/**
 * Text for the PDF as glyphs and lines: the fonts (checked to have Thai, Latin and digits), Thai
 * shaping through the JDK, where a Thai line may end (ICU and a lexicon with compounds), and a
 * paragraph measured and broken into lines, within the document's time budget. Knows nothing of
 * documents, pages or structure.
 */
package plan.render.pdf.text;
