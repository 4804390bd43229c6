/**
 * The PDF stage: the plan's Markdown AST typeset with OpenPDF 3.
 *
 * <p>Thai needs four things OpenPDF does not do by default, each done here: complex-script shaping
 * with ActualText ({@link plan.render.pdf.FontSet}, a GlyphLayoutManager attached before the
 * writer exists); line breaks between words only ({@link plan.render.pdf.ThaiSplitCharacter} on
 * every chunk, from ICU's dictionary breaker); left alignment (justified text skips shaping);
 * and fonts loaded from files (the bundled Sarabun is copied out of the jar once).
 *
 * <p>Output is reproducible: dates come from {@link plan.render.pdf.PdfDocumentInfo#epochSeconds()},
 * the trailer /ID and the font subset tags from its seed. The table of contents needs the pages of
 * the headings, so each document is typeset twice (or until the page numbers settle).
 *
 * <p>Known limit: OpenPDF may still end a line where two differently styled chunks meet inside a
 * word (for example bold starting mid-word), because it only asks the split character inside a
 * chunk.
 */
package plan.render.pdf;
