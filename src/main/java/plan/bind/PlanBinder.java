package plan.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.model.Focus;
import plan.model.FocusItem;
import plan.model.Goal;
import plan.model.Guideline;
import plan.model.LabelKeys;
import plan.model.Lang;
import plan.model.Mission;
import plan.model.Organization;
import plan.model.Period;
import plan.model.Plan;
import plan.model.Section;
import plan.model.Span;
import plan.model.Strategy;
import plan.model.Text;
import plan.model.ValueItem;
import plan.model.Values;
import plan.model.Waiver;
import plan.model.Year;

/** Binds the root node of a plan file to a {@link Plan}, reporting every shape problem. */
public final class PlanBinder {
    private static final List<String> TOP = List.of("format", "id", "lang", "title", "subtitle", "organization",
            "period", "preamble", "vision", "missions", "goals", "strategies", "values", "focus", "sections",
            "outline", "labels", "waive");
    private static final List<String> ORGANIZATION = List.of("name", "short");
    private static final List<String> PERIOD = List.of("from", "to");
    private static final List<String> MISSION = List.of("id", "text");
    private static final List<String> GOAL = List.of("id", "text", "missions");
    private static final List<String> STRATEGY = List.of("id", "title", "goals", "guidelines", "description");
    private static final List<String> GUIDELINE = List.of("text", "items");
    private static final List<String> VALUES = List.of("name", "motto", "description", "items");
    private static final List<String> VALUE_ITEM = List.of("key", "name", "text");
    private static final List<String> FOCUS = List.of("year", "title", "items");
    private static final List<String> FOCUS_ITEM = List.of("text", "tag");
    private static final List<String> SECTION = List.of("id", "title", "body");
    public static final int FORMAT_VERSION = 1;

    private final Reader read;
    private final String defaultId;

    private PlanBinder(Findings findings, String defaultId) {
        this.read = new Reader(findings);
        this.defaultId = defaultId;
    }

    /**
     * @param root      the document's root node, null for an empty file
     * @param defaultId the id taken from the file name when the plan names none
     * @return the plan, or null when the root is not a mapping (reported)
     */
    public static Plan bind(Node root, String defaultId, Findings findings) {
        return new PlanBinder(findings, defaultId).plan(root);
    }

    private Plan plan(Node root) {
        if (!(root instanceof MappingNode)) {
            Span at = root == null ? new Span(1, 1) : Reader.span(root);
            read.report(Rule.WRONG_TYPE, at, Message.of(root == null ? "bind.empty-file" : "bind.root-not-map"),
                    Message.of("bind.root.hint"));
            return null;
        }
        Mapping top = read.mapping(root, "plan", TOP);
        String where = "plan";
        int format = format(top.get("format"));
        Text id = top.get("id") != null ? read.id(top.get("id"), "id") : fileId(top);
        if (id == null) { // reported as wrong-type; the file's name stands in so the plan can be listed
            id = new Text(defaultId, Span.NONE);
        }
        Lang lang = lang(top.get("lang"));
        Text title = read.text(top.required("title", where), "title");
        Text subtitle = read.text(top.get("subtitle"), "subtitle");
        Organization organization = organization(top.required("organization", where));
        Period period = period(top.required("period", where));
        Text preamble = read.text(top.get("preamble"), "preamble");
        Text vision = read.text(top.required("vision", where), "vision");
        List<Mission> missions = missions(top.required("missions", where));
        List<Goal> goals = goals(top.required("goals", where));
        List<Strategy> strategies = strategies(top.required("strategies", where));
        Values values = values(top.get("values"));
        Focus focus = focus(top.get("focus"));
        List<Section> sections = sections(top.get("sections"));
        List<Text> outline = refs(top.get("outline"), "outline");
        Map<String, Text> labels = labels(top.get("labels"));
        List<Waiver> waivers = waivers(top.get("waive"));
        return new Plan(read.findings.file(), format, id, lang, title, subtitle, organization, period, preamble,
                vision, missions, goals, strategies, values, focus, sections, outline, labels, waivers);
    }

    private int format(Node node) {
        Year version = read.year(node, "format");
        if (version != null && version.value() != FORMAT_VERSION) {
            read.report(Rule.WRONG_TYPE, version.span(), Message.of("bind.format-version", version.value(),
                    FORMAT_VERSION), null);
        }
        return FORMAT_VERSION;
    }

    private Text fileId(Mapping top) {
        if (!Ids.isValid(defaultId)) {
            read.report(Rule.WRONG_TYPE, top.span(), Message.of("bind.file-id", defaultId), Message.of("bind.file-id.hint"));
        }
        return new Text(defaultId, Span.NONE);
    }

    private Lang lang(Node node) {
        Text t = read.text(node, "lang");
        if (t == null) {
            return Lang.TH;
        }
        return switch (t.value()) {
            case "th" -> Lang.TH;
            case "en" -> Lang.EN;
            default -> {
                read.report(Rule.WRONG_TYPE, t.span(), Message.of("bind.lang", t.value()), null);
                yield Lang.TH;
            }
        };
    }

    private Organization organization(Node node) {
        Mapping m = read.mapping(node, "organization", ORGANIZATION);
        if (m == null) {
            return null;
        }
        return new Organization(read.text(m.required("name", "organization"), "name"),
                read.text(m.get("short"), "short"), m.span());
    }

    private Period period(Node node) {
        Mapping m = read.mapping(node, "period", PERIOD);
        if (m == null) {
            return null;
        }
        Year from = read.year(m.required("from", "period"), "from");
        Year to = read.year(m.required("to", "period"), "to");
        return from == null || to == null ? null : new Period(from, to, m.span());
    }

    private List<Mission> missions(Node node) {
        List<Mission> out = new ArrayList<>();
        for (Node item : requiredList(node, "missions")) {
            Mapping m = read.mapping(item, "missions", MISSION);
            if (m != null) {
                out.add(new Mission(read.id(m.required("id", "mission"), "id"),
                        read.text(m.required("text", "mission"), "text"), m.span()));
            }
        }
        return out;
    }

    private List<Goal> goals(Node node) {
        List<Goal> out = new ArrayList<>();
        for (Node item : requiredList(node, "goals")) {
            Mapping m = read.mapping(item, "goals", GOAL);
            if (m != null) {
                out.add(new Goal(read.id(m.required("id", "goal"), "id"), read.text(m.required("text", "goal"), "text"),
                        refs(m.get("missions"), "missions"), m.span()));
            }
        }
        return out;
    }

    private List<Strategy> strategies(Node node) {
        List<Strategy> out = new ArrayList<>();
        for (Node item : requiredList(node, "strategies")) {
            Mapping m = read.mapping(item, "strategies", STRATEGY);
            if (m != null) {
                out.add(new Strategy(read.id(m.required("id", "strategy"), "id"),
                        read.text(m.required("title", "strategy"), "title"), refs(m.get("goals"), "goals"),
                        guidelines(m.get("guidelines")), read.text(m.get("description"), "description"), m.span()));
            }
        }
        return out;
    }

    private List<Guideline> guidelines(Node node) {
        List<Guideline> out = new ArrayList<>();
        for (Node item : read.list(node, "guidelines")) {
            if (item instanceof MappingNode || item instanceof SequenceNode) {
                Mapping m = read.mapping(item, "guidelines", GUIDELINE);
                if (m != null) {
                    out.add(new Guideline(read.text(m.required("text", "guideline"), "text"),
                            guidelines(m.get("items")), m.span()));
                }
            } else {
                out.add(new Guideline(read.text(item, "guidelines"), List.of(), Reader.span(item)));
            }
        }
        return out;
    }

    private Values values(Node node) {
        Mapping m = read.mapping(node, "values", VALUES);
        if (m == null) {
            return null;
        }
        List<ValueItem> items = new ArrayList<>();
        for (Node item : read.list(m.get("items"), "items")) {
            Mapping i = read.mapping(item, "items", VALUE_ITEM);
            if (i != null) {
                items.add(new ValueItem(read.text(i.required("key", "values item"), "key"),
                        read.text(i.get("name"), "name"), read.text(i.required("text", "values item"), "text"), i.span()));
            }
        }
        return new Values(read.text(m.get("name"), "name"), read.text(m.get("motto"), "motto"),
                read.text(m.get("description"), "description"), items, m.span());
    }

    private Focus focus(Node node) {
        Mapping m = read.mapping(node, "focus", FOCUS);
        if (m == null) {
            return null;
        }
        List<FocusItem> items = new ArrayList<>();
        for (Node item : read.list(m.required("items", "focus"), "items")) {
            Mapping i = read.mapping(item, "items", FOCUS_ITEM);
            if (i != null) {
                items.add(new FocusItem(read.text(i.required("text", "focus item"), "text"),
                        read.text(i.get("tag"), "tag"), i.span()));
            }
        }
        return new Focus(read.year(m.get("year"), "year"), read.text(m.get("title"), "title"), items, m.span());
    }

    private List<Section> sections(Node node) {
        List<Section> out = new ArrayList<>();
        for (Node item : read.list(node, "sections")) {
            Mapping m = read.mapping(item, "sections", SECTION);
            if (m != null) {
                out.add(new Section(read.id(m.required("id", "section"), "id"),
                        read.text(m.required("title", "section"), "title"), read.text(m.get("body"), "body"), m.span()));
            }
        }
        return out;
    }

    /** A list the format requires to have items: {@code missions: []} is reported here. */
    private List<Node> requiredList(Node node, String key) {
        List<Node> items = read.list(node, key);
        if (node != null && items.isEmpty() && (Reader.isNull(node) || node instanceof SequenceNode)) {
            read.report(Rule.EMPTY_TEXT, node, Message.of("check.empty-list", key), null);
        }
        return items;
    }

    /** A list of ids naming other items; each keeps its own position for unresolved-ref. */
    private List<Text> refs(Node node, String key) {
        List<Text> out = new ArrayList<>();
        for (Node item : read.list(node, key)) {
            Text t = read.text(item, key);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private Map<String, Text> labels(Node node) {
        Map<String, Text> out = new LinkedHashMap<>();
        Mapping m = read.mapping(node, "labels", LabelKeys.ALL);
        if (m != null) {
            m.keyNodes().keySet().stream().filter(LabelKeys.ALL::contains).forEach(key -> {
                Text t = read.text(m.get(key), key);
                if (t != null) {
                    out.put(key, t);
                }
            });
        }
        return out;
    }

    private List<Waiver> waivers(Node node) {
        List<Waiver> out = new ArrayList<>();
        Mapping m = read.mapping(node, "waive", Rule.ids());
        if (m != null) {
            m.keyNodes().forEach((rule, keyNode) -> {
                if (!Rule.ids().contains(rule)) {
                    return;
                }
                Text reason = read.text(m.get(rule), rule);
                if (reason == null || reason.isBlank()) {
                    read.report(Rule.EMPTY_TEXT, m.get(rule), Message.of("bind.waive-reason", rule),
                            Message.of("bind.waive-reason.hint", rule));
                } else {
                    out.add(new Waiver(new Text(rule, Reader.span(keyNode)), reason));
                }
            });
        }
        return out;
    }
}
