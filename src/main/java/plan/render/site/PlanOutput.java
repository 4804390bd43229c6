package plan.render.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vladsch.flexmark.util.ast.Document;

import plan.render.TemplateFailure;
import plan.render.export.Export;
import plan.render.html.HtmlPageRenderer;
import plan.render.pdf.PdfDocumentInfo;
import plan.render.pdf.PdfRenderer;
import plan.render.pdf.text.FontException;

/**
 * One kind of document made from a drafted Markdown text (a plan's, a results report's): its
 * format, and how it renders. A new output is one more of these, listed in {@link #ALL}; the
 * site's renderer loops over them.
 */
sealed interface PlanOutput {
    /** Every output, in the order of {@link OutputFormat}. */
    List<PlanOutput> ALL = List.of(new Markdown(), new Html(), new Pdf(), new Json(), new Csv());

    OutputFormat format();

    /** The files of document {@code id} in this format ({@link OutputFormat#fileNames}) and their bytes. */
    Map<String, byte[]> render(String id, Draft draft) throws TemplateFailure, FontException, IOException;

    /** The PDF renderer, made on first use: fonts load only when a PDF is asked for. */
    @FunctionalInterface
    interface PdfSource {
        PdfRenderer get() throws FontException;
    }

    /**
     * What every output renders from: the Markdown text and its parse, the HTML page's model and
     * renderer, the PDF's document information and renderer, where warnings go, and the model
     * the exports are read from.
     */
    record Draft(String markdown, Document ast, HtmlPageRenderer html, Map<String, Object> page, PdfSource pdf,
                 PdfDocumentInfo pdfInfo, Consumer<plan.diag.Message> warnings, Export export) {
    }

    /** {@code ID.md}: the Markdown text itself. */
    record Markdown() implements PlanOutput {
        @Override
        public OutputFormat format() {
            return OutputFormat.MD;
        }

        @Override
        public Map<String, byte[]> render(String id, Draft draft) {
            return Map.of(format().fileName(id), draft.markdown().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code ID.html}: the page, in the site's page template. */
    record Html() implements PlanOutput {
        @Override
        public OutputFormat format() {
            return OutputFormat.HTML;
        }

        @Override
        public Map<String, byte[]> render(String id, Draft draft) throws TemplateFailure {
            return Map.of(format().fileName(id), draft.html().render(draft.ast(), draft.page()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code ID.pdf}: typeset, with a warning for characters the font lacks. */
    record Pdf() implements PlanOutput {
        private static final int SHOWN = 12;

        @Override
        public OutputFormat format() {
            return OutputFormat.PDF;
        }

        @Override
        public Map<String, byte[]> render(String id, Draft draft) throws FontException, IOException {
            PdfRenderer pdf = draft.pdf().get();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            pdf.render(draft.ast(), draft.pdfInfo(), bytes);
            List<String> missing = pdf.missingCharacters(draft.ast());
            if (!missing.isEmpty()) {
                String shown = String.join(", ", missing.subList(0, Math.min(SHOWN, missing.size())));
                draft.warnings().accept(plan.diag.Message.of("render.no-glyph", missing.size() > SHOWN
                        ? plan.diag.Message.of("list.and-more", shown, missing.size() - SHOWN) : shown));
            }
            return Map.of(format().fileName(id), bytes.toByteArray());
        }
    }

    /** {@code ID.json}: every item and figure, for other systems (see {@link Export}). */
    record Json() implements PlanOutput {
        @Override
        public OutputFormat format() {
            return OutputFormat.JSON;
        }

        @Override
        public Map<String, byte[]> render(String id, Draft draft) {
            return Map.of(format().fileName(id), draft.export().json());
        }
    }

    /** {@code ID.projects.csv} and {@code ID.indicators.csv}: the figures for a spreadsheet. */
    record Csv() implements PlanOutput {
        @Override
        public OutputFormat format() {
            return OutputFormat.CSV;
        }

        @Override
        public Map<String, byte[]> render(String id, Draft draft) {
            Map<String, byte[]> out = new java.util.TreeMap<>();
            draft.export().csv().forEach((part, bytes) -> out.put(format().fileName(id, part), bytes));
            return out;
        }
    }
}
