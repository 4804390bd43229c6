package plan.render.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import plan.format.Format;
import plan.model.FiscalDay;
import plan.model.Framework;
import plan.model.Lang;
import plan.model.Plan;
import plan.model.Relations;
import plan.model.Results;
import plan.model.Style;
import plan.render.TemplateEngine;
import plan.render.TemplateFailure;
import plan.render.ThaiDigits;
import plan.render.html.HtmlPageRenderer;
import plan.render.html.IndexEntry;
import plan.render.html.SiteAssets;
import plan.render.html.SiteIndex;
import plan.render.export.Export;
import plan.render.markdown.AlignmentIndex;
import plan.render.markdown.Labels;
import plan.render.markdown.MarkdownParser;
import plan.render.markdown.MarkdownRenderer;
import plan.render.markdown.ResultsMarkdown;
import plan.render.markdown.RollupMarkdown;
import plan.render.pdf.PdfRenderer;
import plan.render.pdf.tagged.PdfStandard;
import plan.render.pdf.text.FontException;
import plan.render.pdf.text.PdfFonts;

/**
 * Renders the documents of a build: each plan's Markdown, HTML and PDF, and the site's index and
 * assets. Made once per build and shared by all plans and threads: templates are parsed once per
 * template folder, fonts loaded once. Returns documents; writes nothing.
 */
public final class SiteRenderer {
    /** The renderers that use one template folder. */
    private record ForTemplates(TemplateEngine engine, MarkdownRenderer markdown, HtmlPageRenderer html) {
    }

    private static final Path BUILT_IN = Path.of("");

    private final Map<Path, ForTemplates> byFolder = new ConcurrentHashMap<>();
    private final String font;
    private final PdfStandard pdfStandard;
    private final String toolVersion;
    private volatile PdfRenderer pdf;
    private volatile PdfFonts fonts;

    /**
     * @param font        a font file or family for the PDF, or null for the bundled Sarabun
     * @param toolVersion written into each PDF's document id, so a new tool makes new ids
     */
    public SiteRenderer(String font, String toolVersion) {
        this(font, PdfStandard.UA2_A4, toolVersion);
    }

    /** @param pdfStandard what the PDFs conform to (PDF/UA-2 and PDF/A-4 unless asked for none) */
    public SiteRenderer(String font, PdfStandard pdfStandard, String toolVersion) {
        this.font = font;
        this.pdfStandard = java.util.Objects.requireNonNull(pdfStandard, "pdfStandard");
        this.toolVersion = toolVersion;
    }

    /**
     * The documents of one plan without errors, {@code ID.md}, {@code ID.html}, {@code ID.pdf}, as
     * asked for, among the frameworks and plans of {@code alignment} (the alignment chapter's
     * tables and the page's links to its parent and children plans).
     *
     * @param source    the plan file's lines (the PDF's document id derives from them)
     * @param templates the plan's template folder, or null for the built-in templates
     * @param words     the project's own words (plan.config.yaml), kept whole at PDF line ends
     * @param warnings  told, one line each, of what a document cannot show (characters the PDF font lacks)
     */
    public Documents plan(Plan plan, AlignmentIndex alignment, List<String> source, Set<OutputFormat> formats,
                          Path templates, boolean thaiDigits, List<String> words, Consumer<plan.diag.Message> warnings)
            throws TemplateFailure, FontException, IOException {
        return plan(plan, alignment, List.of(), source, formats, formats, templates, thaiDigits, words,
                new Look(Style.OFFICIAL, null), warnings);
    }

    /**
     * As above, with the plan's results {@code reports} linked from its page (oldest first), in the
     * look {@code look}: its style, and its logo, published beside the pages as
     * {@code assets/ID-logo.EXT} and drawn on the PDF's cover. The page links the plan's own
     * documents among {@code published}, those the site has beside it, whether rendered here or not.
     */
    public Documents plan(Plan plan, AlignmentIndex alignment, List<Results> reports, List<String> source,
                          Set<OutputFormat> formats, Set<OutputFormat> published, Path templates, boolean thaiDigits,
                          List<String> words,
                          Look look, Consumer<plan.diag.Message> warnings)
            throws TemplateFailure, FontException, IOException {
        ForTemplates renderers = forTemplates(templates);
        String markdown = renderers.markdown().render(plan, alignment.relations(), thaiDigits, look.official());
        Map<String, Object> page = pageModel(plan, alignment, look, thaiDigits);
        // A report's PDF is written beside its page only when this build typesets PDFs.
        page.putAll(PageLinks.reports(plan, reports, formats, thaiDigits));
        page.putAll(PageLinks.ownDocuments(plan.id().value(), plan.lang(), published));
        PlanOutput.Draft draft = new PlanOutput.Draft(markdown, MarkdownParser.parse(markdown), renderers.html(),
                page, this::pdf, PlanText.pdfInfo(plan, source, thaiDigits, toolVersion, words, look), warnings,
                Export.ofPlan(plan, alignment.relations()));
        Map<String, byte[]> out = render(plan.id().value(), draft, formats);
        if (look.logo() != null && formats.contains(OutputFormat.HTML)) {
            out.put(Look.logoName(plan.id().value(), look.logo()), look.logo().bytes());
        }
        return Documents.of(out);
    }

    /**
     * The documents of a results report, {@code ID.md}, {@code ID.html}, {@code ID.pdf} as asked
     * for, through the same outputs as a plan's.
     *
     * @param previous the plan's results of the latest day before these, or null
     * @param source   the results file's lines (the PDF's document id derives from them)
     * @param look     the plan's look: a report is printed in its plan's style, with its logo on the PDF's cover
     */
    public Documents results(Plan plan, Results results, Results previous, List<String> source,
                             Set<OutputFormat> formats, Path templates, boolean thaiDigits, List<String> words,
                             Look look, Consumer<plan.diag.Message> warnings) throws TemplateFailure, FontException, IOException {
        ForTemplates renderers = forTemplates(templates);
        String markdown = ResultsMarkdown.of(plan, results, previous, thaiDigits);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", plan.lang().code());
        if (look.official()) {
            page.put("style", look.style().word());
        }
        page.put("labels", PlanText.labels(plan));
        page.put("thaiDigits", thaiDigits);
        // The report's own plan, which its page must not call its parent (ต้นสังกัด).
        page.put("ofPlan", PageLinks.ofPlan(plan, Labels.reportWord(plan.lang(), "of-the-plan"), thaiDigits));
        page.putAll(PageLinks.previousReport(plan, previous, thaiDigits));
        page.putAll(PageLinks.ownDocuments(results.id().value(), plan.lang(), formats));
        String title = reportTitle(plan, results, false);
        String asOf = Labels.reportWord(plan.lang(), "as-of") + " "
                + ResultsMarkdown.date(plan.lang(), FiscalDay.of(results.asOf().value()));
        PlanOutput.Draft draft = new PlanOutput.Draft(markdown, MarkdownParser.parse(markdown), renderers.html(),
                page, this::pdf, PlanText.reportPdfInfo(plan, title, asOf, source, thaiDigits, toolVersion, words, look),
                warnings, Export.ofResults(plan, results, previous));
        return Documents.of(render(results.id().value(), draft, formats));
    }

    /**
     * The roll-up of an area office's schools, {@code ID.rollup.md}, {@code .html}, {@code .pdf} as
     * asked for (see {@link RollupMarkdown}), in the parent's digits and look, through the same
     * outputs as a plan's.
     *
     * @param source the parent's lines (the PDF's document id derives from them and the schools')
     */
    public Documents rollup(Plan parent, List<RollupMarkdown.School> schools, List<String> source,
                            Set<OutputFormat> formats, Path templates, boolean thaiDigits, List<String> words, Look look,
                            Consumer<plan.diag.Message> warnings) throws TemplateFailure, FontException, IOException {
        ForTemplates renderers = forTemplates(templates);
        String markdown = RollupMarkdown.of(parent, schools, thaiDigits);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", parent.lang().code());
        if (look.official()) {
            page.put("style", look.style().word());
        }
        page.put("labels", PlanText.labels(parent));
        page.put("thaiDigits", thaiDigits);
        // The office's own plan, which the roll-up sums its schools' under, not a parent of it.
        page.put("ofPlan", PageLinks.ofPlan(parent, Labels.reportWord(parent.lang(), "rollup.of-the-plan"), thaiDigits));
        page.put("children", schools.stream().map(s -> PageLinks.plan(s.plan(), thaiDigits)).toList());
        page.putAll(PageLinks.ownDocuments(rollupId(parent.id().value()), parent.lang(), rollupFormats(formats)));
        String title = Labels.reportWord(parent.lang(), "rollup.title");
        String year = Labels.reportWord(parent.lang(), "fiscal-year") + " " + RollupMarkdown.year(parent, schools);
        List<String> lines = new java.util.ArrayList<>(source);
        // A school's change is the roll-up's: the PDF's id follows the markdown, which shows them all.
        lines.add(markdown);
        PlanOutput.Draft draft = new PlanOutput.Draft(markdown, MarkdownParser.parse(markdown), renderers.html(),
                page, this::pdf, PlanText.reportPdfInfo(parent, title, year, lines, thaiDigits, toolVersion, words, look),
                warnings, null);
        return Documents.of(render(rollupId(parent.id().value()), draft, rollupFormats(formats)));
    }

    /**
     * The formats of {@code asked} a roll-up is made in: its documents (Markdown, HTML, PDF); the
     * exports are of plans and results files, whose figures it only sums.
     */
    public static Set<OutputFormat> rollupFormats(Set<OutputFormat> asked) {
        Set<OutputFormat> out = java.util.EnumSet.noneOf(OutputFormat.class);
        asked.stream().filter(f -> f == OutputFormat.MD || f == OutputFormat.HTML || f == OutputFormat.PDF).forEach(out::add);
        return out;
    }

    /** The name of a parent plan's roll-up documents: {@code ID.rollup}. */
    public static String rollupId(String planId) {
        return planId + Format.ROLLUP_SUFFIX;
    }

    /** รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568: how pages and the index name a report. */
    public static String reportTitle(Plan plan, Results results, boolean thaiDigits) {
        return reportTitle(plan.lang(), results.asOf().value(), thaiDigits);
    }

    /** A report's title from its plan's language and its {@code as-of} as written: the index names reports without their models. */
    public static String reportTitle(Lang lang, String asOf, boolean thaiDigits) {
        return ThaiDigits.of(ResultsMarkdown.title(lang, FiscalDay.of(asOf)), thaiDigits);
    }

    /** The documents of {@code draft} named {@code id}, one of each output in {@code formats}, by file name. */
    private static Map<String, byte[]> render(String id, PlanOutput.Draft draft, Set<OutputFormat> formats)
            throws TemplateFailure, FontException, IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (PlanOutput output : PlanOutput.ALL) {
            if (formats.contains(output.format())) {
                out.putAll(output.render(id, draft));
            }
        }
        return out;
    }

    /**
     * The site's own documents: {@code index.html} listing {@code entries}, and the assets
     * (stylesheet, fonts) the pages use.
     *
     * @param templates the command line's template folder (its stylesheet and index), or null
     */
    public Documents site(List<IndexEntry> entries, Lang lang, Path templates) throws TemplateFailure, IOException {
        return site(entries, AlignmentIndex.of(Relations.NONE), lang, templates);
    }

    /** As {@link #site(List, Lang, Path)}, with the framework pages of {@code alignment}, listed on the index. */
    public Documents site(List<IndexEntry> entries, AlignmentIndex alignment, Lang lang, Path templates)
            throws TemplateFailure, IOException {
        return site(entries, alignment, lang, templates, true);
    }

    /** As {@link #site(List, AlignmentIndex, Lang, Path)}; {@code checkStatus}: the index shows how each plan's check went. */
    public Documents site(List<IndexEntry> entries, AlignmentIndex alignment, Lang lang, Path templates,
                          boolean checkStatus) throws TemplateFailure, IOException {
        Map<String, byte[]> out = new TreeMap<>(SiteAssets.collect(templates));
        List<Map<String, String>> frameworkLinks = alignment.relations().frameworks().values().stream()
                .map(f -> Map.of("title", PlanText.plain(f.title()),
                        "page", MarkdownRenderer.FRAMEWORK_FOLDER + "/" + OutputFormat.HTML.fileName(f.id().value())))
                .toList();
        String index = SiteIndex.render(forTemplates(templates).engine(), entries, frameworkLinks, lang.code(),
                Labels.defaults(lang), checkStatus);
        out.put(SiteIndex.FILE, index.getBytes(StandardCharsets.UTF_8));
        return Documents.of(out).plus(frameworks(alignment, lang, templates));
    }

    /** Loads the PDF fonts now: a bad {@code --font} then stops a build before any work. */
    public void prepareFonts() throws FontException {
        pdf();
    }

    /** Readies the PDF's fonts and Thai dictionaries now (see {@link PdfRenderer#ready()}). */
    public void readyPdf() throws FontException, IOException {
        pdf().ready();
    }

    /**
     * Readies what a results report needs first, the template engine of {@code templates} (the
     * built-in ones when null), then, when {@code pdf}, its PDF's fonts and dictionaries: a
     * rebuild after a results file changed renders a report, and making these on its thread is
     * time the build waits for.
     */
    public void readyReports(Path templates, boolean pdf) throws TemplateFailure, FontException, IOException {
        forTemplates(templates);
        if (pdf) {
            readyPdf();
        }
    }

    /**
     * What the PDFs depend on besides plan, templates and tool: the font files' contents (a
     * user's font; the bundled one is part of the tool), {@code SOURCE_DATE_EPOCH} (without it,
     * the dates come from the plan's text, which a key covers anyway) and the standard.
     */
    public String pdfFingerprint() throws FontException, IOException {
        String fontPart = font == null ? "bundled" : fonts().fingerprint();
        String standardPart = pdfStandard == PdfStandard.UA2_A4 ? "" : "+" + pdfStandard.id();
        return fontPart + "@" + System.getenv("SOURCE_DATE_EPOCH") + standardPart;
    }

    private ForTemplates forTemplates(Path folder) throws TemplateFailure {
        Path key = folder == null ? BUILT_IN : folder.toAbsolutePath().normalize();
        ForTemplates known = byFolder.get(key);
        if (known != null) {
            return known;
        }
        // Made once: a thread that asks while another makes them (readying in the background) waits.
        try {
            return byFolder.computeIfAbsent(key, k -> {
                try {
                    TemplateEngine engine = new TemplateEngine(folder);
                    return new ForTemplates(engine, new MarkdownRenderer(engine), new HtmlPageRenderer(engine));
                } catch (TemplateFailure e) {
                    throw new MakingFailed(e);
                }
            });
        } catch (MakingFailed e) {
            throw e.failure;
        }
    }

    /** A template folder that could not be read, carried out of the map's function. */
    private static final class MakingFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final TemplateFailure failure;

        MakingFailed(TemplateFailure failure) {
            super(failure);
            this.failure = failure;
        }
    }

    private PdfFonts fonts() throws FontException {
        PdfFonts f = fonts;
        if (f == null) {
            synchronized (this) {
                if (fonts == null) {
                    fonts = font == null ? PdfFonts.bundled() : PdfFonts.named(font);
                }
                f = fonts;
            }
        }
        return f;
    }

    private PdfRenderer pdf() throws FontException {
        PdfRenderer p = pdf;
        if (p == null) {
            PdfFonts f = fonts();
            synchronized (this) {
                if (pdf == null) {
                    pdf = new PdfRenderer(f, pdfStandard);
                }
                p = pdf;
            }
        }
        return p;
    }

    private static Map<String, Object> pageModel(Plan plan, AlignmentIndex alignment, Look look, boolean thaiDigits) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", plan.lang().code());
        if (look.official()) {
            // Only the official look says so: a modern page is byte for byte what it was.
            page.put("style", look.style().word());
        }
        if (look.logo() != null) {
            page.put("logo", Map.of("src", Look.logoName(plan.id().value(), look.logo()),
                    "alt", PlanText.plain(plan.organization().name())));
        }
        page.put("labels", PlanText.labels(plan));
        page.put("thaiDigits", thaiDigits);
        Plan parent = alignment.parent(plan);
        if (parent != null && parent != plan) {
            page.put("parent", PageLinks.plan(parent, thaiDigits));
        }
        List<Plan> children = alignment.children(plan.id().value());
        page.put("children", children.stream().map(c -> PageLinks.plan(c, thaiDigits)).toList());
        if (!children.isEmpty()) {
            page.put("rollup", Map.of("title", Labels.reportWord(plan.lang(), "rollup.link"),
                    "page", OutputFormat.HTML.fileName(rollupId(plan.id().value()))));
        }
        return page;
    }

    /**
     * The page of each framework, {@code frameworks/ID.html}: what aligns with each of its items.
     * Frameworks live one folder down, where no plan's documents can be named.
     */
    public Documents frameworks(AlignmentIndex alignment, Lang lang, Path templates) throws TemplateFailure {
        ForTemplates renderers = forTemplates(templates);
        Map<String, byte[]> out = new TreeMap<>();
        for (Framework framework : alignment.relations().frameworks().values()) {
            String markdown = renderers.markdown().renderFramework(framework, alignment, lang);
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("lang", lang.code());
            page.put("labels", Labels.defaults(lang));
            page.put("root", "../");
            String html = renderers.html().render(MarkdownParser.parse(markdown), page);
            out.put(MarkdownRenderer.FRAMEWORK_FOLDER + "/" + OutputFormat.HTML.fileName(framework.id().value()),
                    html.getBytes(StandardCharsets.UTF_8));
        }
        return Documents.of(out);
    }
}
