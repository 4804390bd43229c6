package plan.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import plan.format.Type.Dict;
import plan.format.Type.Either;
import plan.format.Type.Lazy;
import plan.format.Type.ListOf;
import plan.format.Type.OneOf;
import plan.format.Type.Ref;
import plan.format.Type.Scalar;
import plan.format.Type.Struct;
import plan.format.Type.Version;

/**
 * The JSON Schema (draft-07, the newest yaml-language-server reads) of a kind of file, as a walk
 * over the format description: editors complete keys, explain them on hover (in Thai and
 * English, from {@code plan/format/schema*.properties}) and mark a misspelt key or a value of
 * the wrong kind, as the binder would. Rules over the whole plan (references that resolve, years
 * in range) stay with {@code plan check}.
 */
public final class JsonSchema {
    /**
     * An id, as {@link Ids} accepts it: the schemas name this definition (its pattern lists the
     * letters of every script, too long to repeat at each id).
     */
    public static final String ID = "id";
    /** A framework item's id: like an id, but it may start with a digit (3, 2.1). */
    static final String ITEM_ID = "item-id";
    /** What an {@code aligns} entry names: FRAMEWORK:ITEM or PLAN:ID. */
    static final String ALIGNED_PATTERN = "^[^:\\s]+:[^:\\s]+$";
    /** A year as the binder reads it: up to six digits, Arabic or Thai, in a string. */
    static final String YEAR_PATTERN = "^\\s*[0-9\\u0E50-\\u0E59]{1,6}\\s*$";
    /** An amount written as text: digits, at most two decimals (1,250,000 is not one). */
    static final String MONEY_PATTERN = "^\\s*[0-9\\u0E50-\\u0E59]{1,15}(\\.[0-9\\u0E50-\\u0E59]{1,2})?\\s*$";
    /** A factor's weight or score written in Thai digits (a YAML string): ๐.๕, ๔. */
    public static final String DECIMAL_PATTERN = "^\\s*[\\u0E50-\\u0E59]{1,6}(\\.[\\u0E50-\\u0E59]{1,20})?\\s*$";
    /** YAML scalars an editor may see where the binder reads text as written. */
    private static final List<String> SCALARS = List.of("string", "number", "boolean", "null");

    // The jar's descriptions of the keys: fixed data, read once per JVM.
    private static final Properties THAI = descriptions("th");
    private static final Properties ENGLISH = descriptions("en");

    private final Map<String, Object> definitions = new LinkedHashMap<>();

    private JsonSchema() {
    }

    /** The schema of one kind of file, as committed under schema/. */
    public static String of(FileKind kind) {
        return JsonWriter.write(new JsonSchema().root(kind));
    }

    private Map<String, Object> root(FileKind kind) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", kind.name() + " file (" + String.join(", ", kind.suffixes()) + ")");
        Map<String, Object> body = struct(kind.root());
        schema.putAll(body);
        if (!definitions.isEmpty()) {
            schema.put("definitions", definitions);
        }
        return schema;
    }

    private Map<String, Object> type(Type type) {
        Map<String, Object> s = new LinkedHashMap<>();
        switch (type) {
            case Scalar scalar -> s.putAll(scalar(scalar));
            case Version v -> s.put("enum", List.of(v.expected(), String.valueOf(v.expected())));
            case OneOf o -> {
                s.put("type", "string");
                s.put("enum", o.words());
            }
            case Ref r -> reference(r.kind(), s);
            case ListOf l -> {
                s.put("type", l.nonEmpty() ? "array" : List.of("array", "null"));
                if (l.item() instanceof Either e && e.scalar() instanceof Ref) {
                    // References or their fuller form, one or the other throughout (see Either).
                    s.put("anyOf", List.of(Map.of("items", type(e.scalar())), Map.of("items", type(e.struct()))));
                } else {
                    s.put("items", type(l.item()));
                }
                if (l.exactly() > 0) {
                    s.put("minItems", l.exactly());
                    s.put("maxItems", l.exactly());
                } else if (l.nonEmpty()) {
                    s.put("minItems", 1);
                }
            }
            case Struct st -> s.putAll(struct(st));
            case Dict d -> dict(d, s);
            case Either e -> s.put("anyOf", List.of(type(e.scalar()), type(e.struct())));
            case Lazy l -> s.put("$ref", "#/definitions/" + define(l));
        }
        return s;
    }

    /** Each kind of scalar as the binder reads it; a new kind must be added here (the switch is exhaustive). */
    private Map<String, Object> scalar(Scalar scalar) {
        return switch (scalar) {
            case TEXT, MARKDOWN, MEASURE -> object("type", SCALARS);
            case REASON -> object("type", SCALARS.subList(0, 3), "pattern", "\\S");
            case ID -> idRef(ID);
            case PATH -> object("type", "string", "pattern", "\\S");
            // 3 and 2.1 are YAML numbers: the binder reads them as written.
            case ITEM_ID -> object("anyOf", List.of(object("type", "number"),
                    idRef(ITEM_ID)));
            case YEAR -> object("anyOf", List.of(
                    object("type", "integer", "minimum", 0, "maximum", 999_999),
                    object("type", "string", "pattern", YEAR_PATTERN)));
            // Two decimals at most is left to plan check: JSON Schema's multipleOf is judged in
            // binary floating point, where 1.15 is no multiple of 0.01.
            case MONEY -> object("anyOf", List.of(
                    object("type", "number", "minimum", 0, "exclusiveMaximum", 1_000_000_000_000_000L),
                    object("type", "string", "pattern", MONEY_PATTERN)));
            // Two decimals at most is left to plan check, as for amounts.
            // Thai digits (๐.๕) are read too, as a plain YAML string: the range is left to plan check.
            case WEIGHT -> object("anyOf", List.of(object("type", "number", "minimum", 0, "maximum", 1),
                    object("type", "string", "pattern", DECIMAL_PATTERN)));
            case SCORE -> object("anyOf", List.of(object("type", "number", "minimum", 1, "maximum", 5),
                    object("type", "string", "pattern", DECIMAL_PATTERN)));
        };
    }

    /** A reference is an id; an outline entry is also one of the chapter names, offered for completion. */
    private void reference(Kind kind, Map<String, Object> s) {
        if (kind.equals(Kind.CHAPTER)) {
            s.put("type", "string");
            s.put("anyOf", List.of(object("enum", Format.CHAPTERS), idRef(ID)));
        } else if (kind.equals(Kind.ALIGNED)) {
            s.put("type", "string");
            s.put("pattern", ALIGNED_PATTERN);
        } else {
            s.putAll(idRef(ID));
        }
    }

    /** A reference to the definition of an id ({@link #ID}) or a framework item's id ({@link #ITEM_ID}), defined on first use. */
    private Map<String, Object> idRef(String name) {
        definitions.computeIfAbsent(name, n -> idDefinition(n.equals(ITEM_ID)));
        return object("$ref", "#/definitions/" + name);
    }

    /** The definition of an id: a string of {@link Ids#pattern}. */
    public static Map<String, Object> idDefinition(boolean itemId) {
        return object("type", "string", "pattern", Ids.pattern(itemId));
    }

    private Map<String, Object> struct(Struct st) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("description", describe("struct." + name(st)));
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Key key : st.keys()) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("description", describe(name(st) + "." + key.name()));
            property.putAll(withoutDescription(type(key.type()), key.type()));
            properties.put(key.name(), property);
            if (key.required()) {
                required.add(key.name());
            }
        }
        s.put("properties", properties);
        if (st.key(Format.BASE) != null) {
            // A plan with a base inherits these keys (and may not write them); only it may add indicators and targets.
            List<String> inherited = required.stream().filter(Format.INHERITED::contains).toList();
            required.removeAll(inherited);
            // Each required key is named in its own schema's properties too: strict validators ask it.
            s.put("if", object("properties", Map.of(Format.BASE, Map.of()), "required", List.of(Format.BASE)));
            Map<String, Object> writesNone = new LinkedHashMap<>();
            Format.INHERITED.stream().filter(properties::containsKey)
                    .forEach(k -> writesNone.put(k, object("not", Map.of())));
            s.put("then", object("properties", writesNone));
            Map<String, Object> onlyWithBase = new LinkedHashMap<>();
            Format.ONLY_WITH_BASE.forEach(k -> onlyWithBase.put(k, object("not", Map.of())));
            inherited.forEach(k -> onlyWithBase.put(k, Map.of()));
            Map<String, Object> otherwise = new LinkedHashMap<>();
            otherwise.put("properties", onlyWithBase);
            otherwise.put("required", inherited);
            s.put("else", otherwise);
        }
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        s.put("additionalProperties", false);
        return s;
    }

    /** A key's own description says more than its struct's: keep the key's. */
    private static Map<String, Object> withoutDescription(Map<String, Object> schema, Type type) {
        if (type instanceof Struct) {
            Map<String, Object> copy = new LinkedHashMap<>(schema);
            copy.remove("description");
            return copy;
        }
        return schema;
    }

    private void dict(Dict d, Map<String, Object> s) {
        s.put("type", "object");
        if (d.vocabulary() == null) {
            if (d.key() == Scalar.YEAR) {
                s.put("propertyNames", object("pattern", YEAR_PATTERN)); // keys are years: {2568: 80}
            }
            s.put("additionalProperties", type(d.value()));
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String word : d.vocabulary()) {
            properties.put(word, type(d.value()));
        }
        s.put("properties", properties);
        s.put("additionalProperties", false);
    }

    /** Recursive types (nested guidelines) go to definitions once, by their struct's name. */
    private String define(Lazy lazy) {
        Type target = lazy.get();
        String name = target instanceof Either e ? name(e.struct()) : target instanceof Struct st ? name(st) : "type";
        if (!definitions.containsKey(name)) {
            definitions.put(name, object()); // placeholder: the walk below may meet this type again
            definitions.put(name, type(target));
        }
        return name;
    }

    private static String name(Struct st) {
        return st.name().replace(' ', '-');
    }

    /**
     * The description of {@code key} in {@code plan/format/schema-*.properties}: Thai first (the
     * users' language), then English. A key without both is a build failure. Also the exports'
     * schemas' ({@code export.} keys).
     */
    public static String describe(String key) {
        String th = THAI.getProperty(key);
        String en = ENGLISH.getProperty(key);
        if (th == null || en == null) {
            throw new IllegalStateException("no description of `" + key + "` in plan/format/schema-"
                    + (th == null ? "th" : "en") + ".properties: every key of the format needs one in Thai and English");
        }
        return th + "\n\n" + en;
    }

    /** A JSON object with its keys in the order given (Map.of has none: the output must be stable). */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Properties descriptions(String lang) {
        String name = "schema-" + lang + ".properties";
        Properties p = new Properties();
        try (InputStream in = JsonSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource plan/format/" + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
