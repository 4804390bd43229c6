package plan.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

import plan.model.Lang;
import plan.model.Plan;
import plan.model.Text;
import plan.render.TemplateFailure;
import plan.render.markdown.Labels;
import plan.render.markdown.MarkdownParser;
import plan.render.markdown.PeriodText;
import plan.render.markdown.ThaiDigits;
import plan.render.pdf.FontException;
import plan.render.pdf.PdfDocumentInfo;

/** Renders one checked plan into the staging folder, in the formats asked for. */
final class PlanRendering {
    private PlanRendering() {
    }

    /**
     * The files written, relative to the output folder.
     *
     * @param warnings told, one line each, of what a document could not show (characters the PDF font lacks)
     */
    static List<String> render(CheckedPlan checked, Set<OutputFormat> formats, Renderers.ForTemplates renderers,
                               Renderers shared, boolean thaiDigits, OutputFolder out, String toolVersion,
                               Consumer<String> warnings) throws TemplateFailure, FontException, IOException {
        Plan plan = checked.plan();
        String id = plan.id().value();
        String markdown = renderers.markdown().render(plan, thaiDigits);
        Document ast = MarkdownParser.parse(markdown);
        List<String> written = new java.util.ArrayList<>();
        if (formats.contains(OutputFormat.MD)) {
            written.add(write(out, id + ".md", markdown.getBytes(StandardCharsets.UTF_8)));
        }
        if (formats.contains(OutputFormat.HTML)) {
            String html = renderers.html().render(ast, pageModel(plan));
            written.add(write(out, id + ".html", html.getBytes(StandardCharsets.UTF_8)));
        }
        if (formats.contains(OutputFormat.PDF)) {
            Path pdf = out.stage(id + ".pdf");
            try (OutputStream stream = Files.newOutputStream(pdf)) {
                shared.pdf().render(ast, pdfInfo(checked, thaiDigits, toolVersion), stream);
            }
            written.add(id + ".pdf");
            List<String> missing = shared.pdf().missingCharacters(ast);
            if (!missing.isEmpty()) {
                int shown = 12;
                warnings.accept(checked.file().displayPath() + ": warning: the PDF font has no glyph for "
                        + String.join(", ", missing.subList(0, Math.min(shown, missing.size())))
                        + (missing.size() > shown ? " and " + (missing.size() - shown) + " more" : "")
                        + "; they print as blank boxes (choose a font that has them with --font)");
            }
        }
        return written;
    }

    private static String write(OutputFolder out, String name, byte[] bytes) throws IOException {
        Files.write(out.stage(name), bytes);
        return name;
    }

    private static Map<String, Object> pageModel(Plan plan) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", plan.lang().code());
        page.put("labels", labels(plan));
        return page;
    }

    static Map<String, String> labels(Plan plan) {
        Map<String, String> labels = new LinkedHashMap<>(Labels.defaults(plan.lang()));
        plan.labels().forEach((k, v) -> labels.put(k, plain(v)));
        return labels;
    }

    private static PdfDocumentInfo pdfInfo(CheckedPlan checked, boolean thaiDigits, String toolVersion) {
        Plan plan = checked.plan();
        Map<String, String> labels = labels(plan);
        String period = PeriodText.of(plan.period(), labels.get("year"));
        return new PdfDocumentInfo(plain(plan.title()), plan.subtitle() == null ? null : plain(plan.subtitle()),
                plain(plan.organization().name()), thaiDigits ? ThaiDigits.of(period) : period,
                plan.lang() == Lang.TH ? "th-TH" : "en", thaiDigits, labels.get("contents"), labels.get("page"),
                epochSeconds(plan), seed(checked, toolVersion));
    }

    /**
     * Dates in the PDF: SOURCE_DATE_EPOCH when the build sets it, otherwise the first day of the
     * plan's first fiscal year (1 October of the year before, in the Common Era): a date that
     * belongs to the plan, the same on every build, never the clock.
     */
    static long epochSeconds(Plan plan) {
        String fixed = System.getenv("SOURCE_DATE_EPOCH");
        if (fixed != null && fixed.matches("\\d{1,12}")) {
            return Long.parseLong(fixed);
        }
        int commonEra = plan.period().from().value() - 543;
        return LocalDate.of(commonEra - 1, 10, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** The PDF's document id derives from the plan's source and the tool version. */
    private static byte[] seed(CheckedPlan checked, String toolVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(toolVersion.getBytes(StandardCharsets.UTF_8));
            for (String line : checked.source().lines()) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Inline Markdown as the reader sees it, for titles and metadata. */
    static String plain(Text text) {
        return new TextCollectingVisitor().collectAndGetText(MarkdownParser.parseField(text.value())).strip();
    }
}
