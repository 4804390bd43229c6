/**
 * The PDF stage: the plan's Markdown AST typeset with OpenPDF 3.
 *
 * <p>Thai needs what OpenPDF does not do by default, each done here: complex-script shaping with
 * ActualText ({@link plan.render.pdf.text.FontSet}, a GlyphLayoutManager attached before the writer
 * exists); type sized by the height of ก so any Thai font looks like TH Sarabun New 16 pt
 * ({@link plan.render.pdf.PdfStyles}); line breaks only where ICU and a lexicon with compounds
 * agree ({@link plan.render.pdf.text.ThaiLineBreaker}, {@link plan.render.pdf.text.ThaiLexicon}); and lines
 * laid out by us ({@link plan.render.pdf.text.ParagraphLayout}) and drawn by us
 * ({@link plan.render.pdf.LineDrawing}, Thai distributed justification) inside separator chunks,
 * so that OpenPDF still places them (spacing, pages, cells) but never re-breaks or re-shapes them.
 * Fonts are loaded from files (the bundled Sarabun is copied out of the jar once).
 *
 * <p>By default the PDF conforms to PDF/UA-2 and PDF/A-4 ({@link plan.render.pdf.tagged.PdfStandard}):
 * typesetting builds the structure tree in reading order and each drawn line is marked as content
 * of its element ({@link plan.render.pdf.tagged.Tagging}, {@link plan.render.pdf.tagged.StructureTarget}); fills,
 * borders, rules and the running header and footer are artifacts; the XMP metadata and the sRGB
 * output intent are added and the document information dictionary dropped at the end
 * ({@link plan.render.pdf.ArchivalMetadata}).
 *
 * <p>Output is reproducible: dates come from {@link plan.render.pdf.PdfDocumentInfo#epochSeconds()},
 * the trailer /ID and the font subset tags from its seed. The table of contents needs the pages of
 * the headings, so each document is typeset twice (or until the page numbers settle). Typesetting
 * is linear in the text and has a time budget ({@link plan.render.pdf.text.TypesettingBudget}).
 */
package plan.render.pdf;
