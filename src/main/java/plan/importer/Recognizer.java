package plan.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import plan.diag.Message;
import plan.diag.Messages;
import plan.format.Keys;
import plan.model.Focus;
import plan.model.FocusItem;
import plan.model.Goal;
import plan.model.Guideline;
import plan.model.Indicator;
import plan.model.Lang;
import plan.model.Mission;
import plan.model.Organization;
import plan.model.Period;
import plan.model.Plan;
import plan.model.Section;
import plan.model.Span;
import plan.model.Strategy;
import plan.model.Text;
import plan.model.Values;
import plan.model.Year;

/**
 * Finds the plan in a document's blocks: the title block, the chapters at their headings, the
 * numbered items in each, and the links the counts allow. Every paragraph lands somewhere (a
 * field, the preamble or a section), in the source's order.
 */
public final class Recognizer {
    static final Message INFERRED = Message.of("import.note.inferred");
    private static final Pattern TAG = Pattern.compile("^(.*\\S)\\s+\\(([^()\\p{IsThai}]*[A-Za-z][^()\\p{IsThai}]*)\\)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int TITLE_BLOCK_MAX = 150;

    private final List<RecognizedBlock> allParas;
    private final Notes comments = new Notes();
    private final List<Message> header = new ArrayList<>();
    private final List<Message> confirm = new ArrayList<>();
    private final Map<String, Text> labels = new LinkedHashMap<>();
    private final List<Text> outline = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<String> preamble = new ArrayList<>();
    private final List<RecognizedBlock> preambleParas = new ArrayList<>();
    private String title;
    private String subtitle;
    private String organizationLine;
    private String vision;
    private final List<Mission> missions = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private final List<Strategy> strategies = new ArrayList<>();
    private Values values;
    private Focus focus;
    private final ProjectsFound found = new ProjectsFound(comments);
    private final Map<Swot.Side, List<String>> analysis = Swot.empty();
    /** Where each of the source's parts starts in the outline, by title. */
    private final List<Map.Entry<String, Integer>> partStarts = new ArrayList<>();
    private int keptTables;
    private final List<String> images;

    private final List<ProjectForm> forms;
    private final Map<Integer, ProjectForm> formsByProject = new LinkedHashMap<>();

    /** Whether the source is Thai: the plan's language, and so the language of the words import adds to its text. */
    private final boolean thai;
    private final Messages documentWords;

    private Recognizer(List<RecognizedBlock> paras, List<String> images, List<ProjectForm> forms) {
        this.allParas = paras;
        this.images = images;
        this.forms = forms;
        this.thai = paras.stream().anyMatch(p -> p.text().codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B));
        this.documentWords = new Messages(thai ? Locale.forLanguageTag("th") : Locale.ENGLISH);
    }

    /** The draft plan in {@code doc}; {@code id} is the plan's id (from the output file name). */
    public static Draft recognize(SourceDocument doc, String id) {
        ProjectForms.Taken taken = ProjectForms.take(RecognizedBlock.of(doc));
        return new Recognizer(taken.rest(), doc.images(), taken.forms()).run(doc.name(), id);
    }

    private Draft run(String source, String id) {
        header.add(Message.of("import.header.source", source));
        int body = titleBlock();
        for (Chapter c : Chapter.split(allParas.subList(body, allParas.size()))) {
            chapter(c);
        }
        if (!preambleParas.isEmpty()) {
            outline.add(0, text(Chapter.Kind.PREAMBLE.chapter));
            partStarts.replaceAll(e -> Map.entry(e.getKey(), e.getValue() + 1));
        }
        for (ProjectForm f : forms) {
            formsByProject.put(found.form(f), f);
            if (!outline.contains(text(Chapter.Kind.PROJECTS.chapter))) {
                outline.add(text(Chapter.Kind.PROJECTS.chapter));
            }
        }
        Organization organization = organization();
        Period period = period();
        boolean nothing = vision == null && missions.isEmpty() && goals.isEmpty() && strategies.isEmpty()
                && values == null && focus == null && found.projects.isEmpty() && factorCount() == 0;
        if (nothing) {
            keepAllAsSection();
            partStarts.clear();
        }
        if (!images.isEmpty()) {
            header.add(Message.of("import.header.images", images.size(), String.join("; ", images)));
        }
        linkByPosition();
        if (title == null) {
            comments.put(Keys.TITLE, Message.of("import.note.no-title"));
            confirm.add(Message.of("import.confirm.title"));
        }
        Plan plan = Plan.builder().id(text(id)).lang(thai ? Lang.TH : Lang.EN).title(text(title)).subtitle(text(subtitle))
                .organization(organization).period(period)
                .preamble(preambleParas.isEmpty() ? null : text(MarkdownText.body(preambleParas))).vision(text(vision))
                .missions(missions).goals(goals).strategies(strategies).values(values).focus(focus).sections(sections)
                .outline(outline).labels(labels).projects(found.projects).build();
        List<Draft.Part> parts = parts(); // before the notes are taken: it adds to them
        return new Draft(plan, comments.asMap(), header, counts(), confirm,
                new Draft.Extra(Digits.thaiMostly(allParas) ? "thai" : null, parts, analysisIds(), null, java.util.Set.of(), formsByProject));
    }

    /**
     * The lines before the first heading that are short: the title, then the organization line
     * (สำนักงาน..., โรงเรียน...) and a subtitle. Returns the index of the first other paragraph.
     */
    private int titleBlock() {
        int i = 0;
        for (; i < allParas.size() && i < 4; i++) {
            RecognizedBlock p = allParas.get(i);
            boolean titleStyled = p.titleStyled();
            if (p.heading() != null || p.isItem() || p.table() || p.headingStyled() && title != null
                    || (p.text().length() > TITLE_BLOCK_MAX && !titleStyled)) {
                break;
            }
            String line = RecognizedBlock.oneLine(p.text());
            if (title == null) {
                title = line;
            } else if (organizationLine == null && DocumentClues.isOrganizationLine(line)) {
                organizationLine = line;
            } else if (subtitle == null) {
                subtitle = line;
            } else {
                break;
            }
        }
        return i;
    }

    private void chapter(Chapter c) {
        switch (c.kind) {
            case PREAMBLE -> preambleParas.addAll(c.paras);
            case VISION -> vision(c);
            case MISSIONS -> missions(c);
            case GOALS -> goals(c);
            case STRATEGIES -> strategies(c);
            case VALUES -> values(c);
            case FOCUS -> focus(c);
            case SECTION -> section(c.title, c.paras, null);
            case PROJECTS -> projects(c);
            case ANALYSIS -> analysis(c);
            case PART -> part(c);
        }
    }

    private void vision(Chapter c) {
        label(c.kind.chapter, c.heading.text());
        outline.add(text(c.kind.chapter));
        if (c.paras.isEmpty()) {
            confirm.add(Message.of("import.confirm.vision", c.heading.text()));
            return;
        }
        vision = MarkdownText.inline(RecognizedBlock.oneLine(c.paras.get(0).text()));
        if (c.paras.size() > 1) {
            section(continued(c.heading.text()), c.paras.subList(1, c.paras.size()), Message.of("import.note.vision-rest"));
        }
    }

    private void missions(Chapter c) {
        List<String> items = items(c);
        for (int i = 0; i < items.size(); i++) {
            missions.add(new Mission(text("M" + (i + 1)), text(items.get(i)), Span.NONE));
        }
    }

    /** Goals, with the indicators of a table that stands after a goal (the goal before it). */
    private void goals(Chapter c) {
        Map<Integer, List<IndicatorTable.Row>> tables = new LinkedHashMap<>();
        List<RecognizedBlock> rest = new ArrayList<>();
        ListItems levels = new ListItems();
        int goal = -1;
        for (RecognizedBlock p : c.paras) {
            List<IndicatorTable.Row> rows = p.table() && p.rows() != null ? IndicatorTable.read(p.rows()) : null;
            if (rows != null && goal >= 0) {
                tables.computeIfAbsent(goal, g -> new ArrayList<>()).addAll(rows);
                continue;
            }
            if (p.isItem() && !p.table() && levels.level(p) == 0) {
                goal++;
            }
            if (!(p.heading() != null && p.heading().kind() == Heading.Kind.INDICATORS && goal >= 0)) {
                rest.add(p);
            }
        }
        Chapter kept = new Chapter(c.kind, c.heading, c.title);
        kept.paras.addAll(rest);
        List<String> items = items(kept);
        for (int i = 0; i < items.size(); i++) {
            String id = "G" + (i + 1);
            List<Indicator> indicators = found.indicators(id, tables.getOrDefault(i, List.of()), List.of());
            goals.add(new Goal(text(id), text(items.get(i)), List.of(), indicators, Span.NONE));
        }
    }

    /**
     * The top-level items of a list chapter (deeper items join their parent's text). Paragraphs
     * before the list go to a section ahead of the chapter, those after it to one behind. A
     * chapter without numbers takes each paragraph as an item.
     */
    private List<String> items(Chapter c) {
        String key = c.kind.chapter;
        if (c.paras.stream().noneMatch(p -> p.isItem() && !p.table())) {
            // A heading followed by no list: nothing to take apart, so the chapter stays whole.
            section(c.heading.text(), c.paras, Message.of("import.note.no-list", key));
            confirm.add(Message.of("import.confirm.no-list", key, c.heading.text()));
            return List.of();
        }
        ListItems levels = new ListItems();
        List<RecognizedBlock> before = new ArrayList<>();
        List<RecognizedBlock> after = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (RecognizedBlock p : c.paras) {
            if (p.table() || !p.isItem()) {
                (items.isEmpty() ? before : after).add(p);
            } else if (levels.level(p) > 0 && !items.isEmpty()) {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + MarkdownText.inline(p.itemText()));
            } else {
                items.add(MarkdownText.inline(p.itemText()));
            }
        }
        chapterWithIntro(c, key, before);
        if (!after.isEmpty()) {
            section(continued(c.heading.text()), after, Message.of("import.note.after-list", key));
        }
        return items;
    }

    /** The chapter's heading as its label, or, with an introduction, as the title of that section. */
    private void chapterWithIntro(Chapter c, String key, List<RecognizedBlock> intro) {
        if (intro.isEmpty()) {
            if (c.heading != null) {
                label(key, c.heading.text());
            }
        } else {
            String id = key.replaceAll("s$", "") + "-intro";
            sections.add(new Section(text(id), text(c.heading != null ? c.heading.text() : "…"),
                    text(MarkdownText.body(intro)), Span.NONE));
            outline.add(text(id));
            if (c.heading != null) {
                label(key, c.heading.word().replaceFirst("^ประเด็น", ""));
            }
        }
        outline.add(text(key));
    }

    private void strategies(Chapter c) {
        boolean byHeadings = c.paras.stream().anyMatch(p -> p.heading() != null && p.heading().kind() == Heading.Kind.STRATEGY);
        List<RecognizedBlock> intro = new ArrayList<>();
        ListItems levels = new ListItems();
        StrategyBuilder current = null;
        List<StrategyBuilder> built = new ArrayList<>();
        for (RecognizedBlock p : c.paras) {
            Heading h = p.heading();
            if (h != null && h.kind() == Heading.Kind.STRATEGY) {
                current = new StrategyBuilder(MarkdownText.inline(h.rest()));
                built.add(current);
                label("strategy", h.word());
            } else if (h != null && h.kind() == Heading.Kind.GUIDELINES && current != null) {
                label("guidelines", h.text());
            } else if (!byHeadings && p.isItem() && !p.table() && (levels.level(p) == 0 || current == null)) {
                current = new StrategyBuilder(MarkdownText.inline(p.itemText()));
                built.add(current);
            } else if (current == null) {
                intro.add(p);
            } else if (p.isItem() && !p.table()) {
                current.guidelines.add(p);
            } else if (h != null && h.kind() == Heading.Kind.INDICATORS) {
                current.description.add(p); // kept: an indicators table after it is taken out
            } else if (p.table() && p.rows() != null && IndicatorTable.read(p.rows()) != null) {
                current.indicators.addAll(IndicatorTable.read(p.rows()));
            } else {
                current.description.add(p);
            }
        }
        if (built.isEmpty()) {
            section(c.heading.text(), c.paras, Message.of("import.note.no-strategies"));
            confirm.add(Message.of("import.confirm.no-list", c.kind.chapter, c.heading.text()));
            return;
        }
        if (byHeadings && !intro.isEmpty() && intro.stream().allMatch(RecognizedBlock::isItem)) {
            // The summary list before the detailed part: the titles are taken from the headings.
            String id = "strategy-list";
            sections.add(new Section(text(id), text(c.heading != null ? c.heading.text() : "…"),
                    text(MarkdownText.body(intro)), Span.NONE));
            comments.put(Keys.SECTIONS + "." + id, Message.of("import.note.strategy-list", labelText("strategy")));
            outline.add(text(id));
            if (c.heading != null) {
                label(c.kind.chapter, c.heading.word().replaceFirst("^ประเด็น", ""));
            }
            outline.add(text(c.kind.chapter));
        } else {
            chapterWithIntro(c, c.kind.chapter, intro);
        }
        if (c.heading != null && !labels.containsKey("strategy") && c.heading.word().matches(".*ยุทธศาสตร์")) {
            label("strategy", "ยุทธศาสตร์ที่");
        }
        int withoutGuidelines = 0;
        for (int i = 0; i < built.size(); i++) {
            StrategyBuilder b = built.get(i);
            List<Guideline> guidelines = new ListItems().guidelines(b.guidelines);
            withoutGuidelines += guidelines.isEmpty() ? 1 : 0;
            String id = "S" + (i + 1);
            List<RecognizedBlock> description = takeTables(b.description, i + 1);
            strategies.add(new Strategy(text(id), text(b.title), List.of(), guidelines,
                    description.isEmpty() ? null : text(MarkdownText.body(description)), found.indicators(id, b.indicators, List.of()), Span.NONE));
        }
        if (withoutGuidelines > 0) {
            confirm.add(Message.of("import.confirm.guidelines", withoutGuidelines, built.size()));
        }
    }

    private static final class StrategyBuilder {
        final String title;
        final List<RecognizedBlock> guidelines = new ArrayList<>();
        final List<RecognizedBlock> description = new ArrayList<>();
        final List<IndicatorTable.Row> indicators = new ArrayList<>();

        StrategyBuilder(String title) {
            this.title = title;
        }
    }

    private void values(Chapter c) {
        ValuesReader r = new ValuesReader(c.heading, c.paras);
        if (r.label != null) {
            label(c.kind.chapter, r.label);
        }
        List<RecognizedBlock> described = new ArrayList<>();
        if (r.headingInDescription) {
            described.add(new RecognizedBlock(c.heading.text(), null, null, null, false, false, false, null));
        }
        described.addAll(c.paras);
        values = new Values(text(r.name == null ? null : MarkdownText.inline(r.name)), text(r.motto == null ? null : MarkdownText.inline(r.motto)),
                described.isEmpty() ? null : text(MarkdownText.body(described)), r.items, Span.NONE);
        if (!r.items.isEmpty()) {
            comments.put(Keys.VALUES + "." + Keys.ITEMS, Message.of("import.note.values-letters"));
        }
        outline.add(text(c.kind.chapter));
    }

    private void focus(Chapter c) {
        int year = DocumentClues.year(c.heading.text());
        List<FocusItem> items = new ArrayList<>();
        List<RecognizedBlock> rest = new ArrayList<>();
        ListItems levels = new ListItems();
        for (RecognizedBlock p : c.paras) {
            if (p.isItem() && !p.table() && levels.level(p) == 0) {
                String t = p.itemText();
                Matcher m = TAG.matcher(t);
                items.add(m.matches() ? new FocusItem(text(MarkdownText.inline(m.group(1))), text(MarkdownText.inline(WhiteSpace.strip(m.group(2)))), Span.NONE)
                        : new FocusItem(text(MarkdownText.inline(t)), null, Span.NONE));
            } else {
                rest.add(p);
            }
        }
        if (items.isEmpty()) {
            section(c.heading.text(), c.paras, Message.of("import.note.no-list", c.kind.chapter));
            return;
        }
        focus = new Focus(year == 0 ? null : new Year(year, Span.NONE), text(MarkdownText.inline(c.heading.text())), items, Span.NONE);
        outline.add(text(c.kind.chapter));
        if (!rest.isEmpty()) {
            section(continued(c.heading.text()), rest, Message.of("import.note.focus-rest"));
        }
    }

    private void section(String sectionTitle, List<RecognizedBlock> paras, Message why) {
        boolean taken = !paras.isEmpty();
        paras = takeTables(paras, null);
        taken &= paras.isEmpty();
        String id = "section-" + (sections.stream().filter(s -> s.id().value().startsWith("section-")).count() + 1);
        sections.add(new Section(text(id), text(MarkdownText.inline(sectionTitle)),
                paras.isEmpty() ? text("") : text(MarkdownText.body(paras)), Span.NONE));
        outline.add(text(id));
        if (why != null) {
            comments.put(Keys.SECTIONS + "." + id, why);
        }
        if (paras.isEmpty() && taken) {
            comments.putIfAbsent(Keys.SECTIONS + "." + id, Message.of("import.note.tables-taken"));
        } else if (paras.isEmpty()) {
            confirm.add(Message.of("import.confirm.section", sectionTitle));
        }
    }

    /**
     * A chapter of projects (โครงการ, งบประมาณ): tables of projects and numbered lines become
     * projects, grouped by the strategy headings among them; the rest is kept in a section.
     */
    private void projects(Chapter c) {
        Integer strategy = null;
        List<RecognizedBlock> rest = new ArrayList<>();
        int before = found.projects.size();
        ListItems levels = new ListItems();
        for (RecognizedBlock p : c.paras) {
            Heading h = p.heading();
            if (h != null && h.kind() == Heading.Kind.STRATEGY) {
                strategy = ProjectsFound.strategyNumber(h);
                if (strategies.stream().noneMatch(s -> s.title().value().equals(MarkdownText.inline(h.rest())))) {
                    rest.add(p); // a strategy the plan does not hold yet: its words stay
                }
            } else if (p.isItem() && !p.table() && levels.level(p) == 0) {
                found.addLine(p.itemText(), strategy);
            } else {
                List<RecognizedBlock> one = takeTables(List.of(p), strategy);
                rest.addAll(one);
            }
        }
        boolean any = found.projects.size() > before;
        if (any && !outline.contains(text(Chapter.Kind.PROJECTS.chapter))) {
            outline.add(text(Chapter.Kind.PROJECTS.chapter));
        }
        if (any) {
            label(Chapter.Kind.PROJECTS.chapter, c.heading.text());
        }
        if (!rest.isEmpty() || !any) {
            section(any ? continued(c.heading.text()) : c.heading.text(), rest.isEmpty() ? c.paras : rest,
                    Message.of(any ? "import.note.projects-rest" : "import.note.no-projects"));
        }
    }

    /**
     * Tables taken out of a stretch of text: a table of projects becomes projects (of strategy
     * {@code strategy} when the table names none), a SWOT table the analysis; other tables stay,
     * as Markdown tables.
     */
    private List<RecognizedBlock> takeTables(List<RecognizedBlock> paras, Integer strategy) {
        List<RecognizedBlock> rest = new ArrayList<>();
        for (RecognizedBlock p : paras) {
            if (!p.table() || p.rows() == null) {
                rest.add(p);
                continue;
            }
            ProjectTable.Found projects = ProjectTable.read(p.rows(), strategy);
            Swot.Found swot = projects == null ? Swot.table(p.rows()) : null;
            if (projects != null) {
                found.add(projects);
                if (!outline.contains(text(Chapter.Kind.PROJECTS.chapter))) {
                    outline.add(text(Chapter.Kind.PROJECTS.chapter));
                }
            } else if (swot != null && swot.size() > 0) {
                addFactors(swot);
                swot.unplaced().forEach(line -> rest.add(new RecognizedBlock(line, null, null, null, false, false, false, null)));
            } else {
                keptTables++;
                rest.add(p);
            }
        }
        return rest;
    }

    /** The situation analysis: factors under the labels จุดแข็ง... (or in a SWOT table); the rest kept. */
    private void analysis(Chapter c) {
        Swot.Side current = null;
        List<RecognizedBlock> rest = new ArrayList<>();
        for (RecognizedBlock p : c.paras) {
            Heading h = p.heading();
            if (h != null && h.kind() == Heading.Kind.SWOT) {
                current = Swot.Side.valueOf(h.word());
            } else if (p.table()) {
                rest.addAll(takeTables(List.of(p), null));
            } else if (current != null) {
                analysis.get(current).add(MarkdownText.inline(Swot.factor(p.isItem() ? p.itemText() : p.text())));
            } else {
                rest.add(p);
            }
        }
        if (factorCount() > 0 && !outline.contains(text(Chapter.Kind.ANALYSIS.chapter))) {
            outline.add(text(Chapter.Kind.ANALYSIS.chapter));
        }
        if (!rest.isEmpty()) {
            section(c.heading != null ? c.heading.text() : documentWords.format(Message.of("import.section.analysis")), rest,
                    Message.of("import.note.analysis-rest"));
        }
    }

    private void addFactors(Swot.Found swot) {
        swot.factors().forEach((side, texts) -> texts.forEach(t -> analysis.get(side).add(MarkdownText.inline(t))));
        if (!outline.contains(text(Chapter.Kind.ANALYSIS.chapter))) {
            outline.add(text(Chapter.Kind.ANALYSIS.chapter));
        }
    }

    private int factorCount() {
        return analysis.values().stream().mapToInt(List::size).sum();
    }

    /** The factors with their ids, SW1..., WK1..., OP1..., TH1..., as the format names the lists. */
    private Map<String, List<List<String>>> analysisIds() {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        if (factorCount() == 0) {
            return out;
        }
        analysis.forEach((side, texts) -> {
            List<List<String>> items = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                items.add(List.of(side.prefix + (i + 1), texts.get(i)));
            }
            if (!items.isEmpty()) {
                out.put(side.key, items);
            }
        });
        return out;
    }

    /** A part's heading: what stands under it before the next heading is a section of its own. */
    private void part(Chapter c) {
        String partTitle = c.title;
        List<RecognizedBlock> paras = new ArrayList<>(c.paras);
        if (partTitle.isEmpty() && !paras.isEmpty() && !paras.get(0).isItem() && !paras.get(0).table()
                && paras.get(0).text().length() <= 100 && !paras.get(0).text().contains("\n")) {
            partTitle = RecognizedBlock.oneLine(paras.remove(0).text()); // "บทที่ 1" with its title on the next line
        }
        if (partTitle.isEmpty()) {
            partTitle = c.heading.text();
        }
        partStarts.add(Map.entry(MarkdownText.inline(partTitle), outline.size()));
        if (!paras.isEmpty()) {
            section(partTitle, paras, null);
        }
    }

    /** The parts with their chapters; chapters before the first part belong to it, as each chapter must be in a part. */
    private List<Draft.Part> parts() {
        List<Draft.Part> out = new ArrayList<>();
        for (int i = 0; i < partStarts.size(); i++) {
            int from = i == 0 ? 0 : partStarts.get(i).getValue();
            int to = i + 1 < partStarts.size() ? partStarts.get(i + 1).getValue() : outline.size();
            List<String> chapters = outline.subList(Math.min(from, to), to).stream().map(Text::value).toList();
            if (chapters.isEmpty()) {
                comments.add(Keys.OUTLINE, Message.of("import.note.empty-part", partStarts.get(i).getKey()));
                continue;
            }
            out.add(new Draft.Part(partStarts.get(i).getKey(), chapters));
        }
        return out;
    }

    /** Nothing recognized: the whole document (title block aside) as one section. */
    private void keepAllAsSection() {
        List<RecognizedBlock> all = new ArrayList<>();
        if (subtitle != null) { // no plan, so no subtitle either: the line stays with the text
            all.add(new RecognizedBlock(subtitle, null, null, null, false, false, false, null));
            subtitle = null;
        }
        all.addAll(preambleParas);
        for (Section s : sections) {
            all.add(new RecognizedBlock("**" + s.title().value() + "**", null, null, null, true, false, false, null));
            all.add(new RecognizedBlock(s.body().value(), null, null, null, true, false, false, null));
        }
        preambleParas.clear();
        sections.clear();
        outline.clear();
        if (!all.isEmpty()) {
            sections.add(new Section(text("source"), text(title != null ? MarkdownText.inline(title) : "…"), text(MarkdownText.body(all)), Span.NONE));
            outline.add(text("source"));
            comments.put(Keys.SECTIONS + ".source", Message.of("import.note.nothing"));
        }
    }

    private Organization organization() {
        List<String> texts = allParas.stream().map(RecognizedBlock::text).toList();
        String name = organizationLine;
        if (name == null) {
            DocumentClues.Found found = DocumentClues.organization(texts);
            if (found != null) {
                name = found.text();
                comments.put(Keys.ORGANIZATION + "." + Keys.NAME, Message.of("import.note.organization", found.times()));
                confirm.add(Message.of("import.confirm.organization", name));
            } else {
                confirm.add(Message.of("import.confirm.no-organization"));
                comments.put(Keys.ORGANIZATION, Message.of("import.note.no-organization"));
                return null;
            }
        }
        String shortName = DocumentClues.shortName(texts);
        if (shortName != null) {
            comments.put(Keys.ORGANIZATION + "." + Keys.SHORT, Message.of("import.note.short-name"));
        }
        return new Organization(text(name), text(shortName), Span.NONE);
    }

    private Period period() {
        List<String> texts = new ArrayList<>();
        texts.add(title == null ? "" : title);
        texts.add(subtitle == null ? "" : subtitle);
        allParas.forEach(p -> texts.add(p.text()));
        DocumentClues.FoundPeriod found = DocumentClues.period(texts);
        if (found == null) {
            comments.put(Keys.PERIOD, Message.of("import.note.no-period"));
            confirm.add(Message.of("import.confirm.period"));
            return null;
        }
        comments.put(Keys.PERIOD, Message.of(found.from() == found.to() ? "import.note.period-one-year" : "import.note.period", found.quote()));
        return new Period(new Year(found.from(), Span.NONE), new Year(found.to(), Span.NONE), Span.NONE);
    }

    /** Goal n serves mission n and strategy n pursues goal n, when the counts are equal. */
    private void linkByPosition() {
        if (!goals.isEmpty() && goals.size() == missions.size()) {
            for (int i = 0; i < goals.size(); i++) {
                Goal g = goals.get(i);
                goals.set(i, new Goal(g.id(), g.text(), List.of(missions.get(i).id()), g.indicators(), g.span()));
                comments.put(Keys.GOALS + "[" + i + "]." + Keys.MISSIONS, INFERRED);
            }
            confirm.add(Message.of("import.confirm.goals-inferred", goals.size()));
        } else if (!goals.isEmpty() && !missions.isEmpty()) {
            confirm.add(Message.of("import.confirm.goals", goals.size(), missions.size()));
        }
        if (!strategies.isEmpty() && strategies.size() == goals.size()) {
            for (int i = 0; i < strategies.size(); i++) {
                Strategy s = strategies.get(i);
                strategies.set(i, new Strategy(s.id(), s.title(), List.of(goals.get(i).id()), s.guidelines(), s.description(), s.indicators(), s.span()));
                comments.put(Keys.STRATEGIES + "[" + i + "]." + Keys.GOALS, INFERRED);
            }
            confirm.add(Message.of("import.confirm.strategies-inferred", goals.size()));
        } else if (!strategies.isEmpty() && !goals.isEmpty()) {
            confirm.add(Message.of("import.confirm.strategies", strategies.size(), goals.size()));
        }
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("missions", missions.size());
        counts.put("goals", goals.size());
        counts.put("strategies", strategies.size());
        counts.put("guidelines", strategies.stream().mapToInt(s -> countGuidelines(s.guidelines())).sum());
        // Values without letters are still a chapter written: counted as one.
        counts.put("values", values == null ? 0 : Math.max(1, values.items().size()));
        counts.put("focus items", focus == null ? 0 : focus.items().size());
        counts.put("projects", found.projects.size());
        counts.put("project forms", forms.size());
        counts.put("indicators", found.indicators());
        counts.put("analysis factors", factorCount());
        counts.put("parts", partStarts.size());
        counts.put("tables kept as tables", keptTables);
        counts.put("pictures and charts", images.size());
        counts.put("kept sections", sections.size());
        return counts;
    }

    private static int countGuidelines(List<Guideline> list) {
        return list.stream().mapToInt(g -> 1 + countGuidelines(g.items())).sum();
    }

    private void label(String key, String value) {
        labels.putIfAbsent(key, text(MarkdownText.inline(value)));
    }

    /** A chapter's heading over what is kept of it after the recognised part: "วิสัยทัศน์ (ต่อ)". */
    private String continued(String heading) {
        return documentWords.format(Message.of("import.section.continued", heading));
    }

    private String labelText(String key) {
        Text t = labels.get(key);
        return t == null ? "" : t.value();
    }

    private static Text text(String s) {
        return s == null ? null : new Text(s, Span.NONE);
    }
}
