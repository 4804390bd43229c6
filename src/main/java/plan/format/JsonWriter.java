package plan.format;

import java.util.List;
import java.util.Map;

import plan.diag.Json;

/**
 * Pretty-printed JSON of maps (in their order), lists, strings, numbers and booleans: stable
 * output for a file that is committed and compared byte for byte.
 */
public final class JsonWriter {
    private JsonWriter() {
    }

    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        value(b, value, "");
        return b.append('\n').toString();
    }

    private static void value(StringBuilder b, Object value, String indent) {
        switch (value) {
            case Map<?, ?> map when map.isEmpty() -> b.append("{}");
            case Map<?, ?> map -> {
                b.append("{\n");
                String inner = indent + "  ";
                int i = 0;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    b.append(inner).append(Json.quote((String) e.getKey())).append(": ");
                    value(b, e.getValue(), inner);
                    b.append(++i < map.size() ? ",\n" : "\n");
                }
                b.append(indent).append('}');
            }
            case List<?> list when list.stream().allMatch(x -> x instanceof String || x instanceof Number) -> {
                // short lists of words (enums, required keys) stay on one line
                b.append('[');
                for (int i = 0; i < list.size(); i++) {
                    b.append(i > 0 ? ", " : "");
                    value(b, list.get(i), indent);
                }
                b.append(']');
            }
            case List<?> list -> {
                b.append("[\n");
                String inner = indent + "  ";
                for (int i = 0; i < list.size(); i++) {
                    b.append(inner);
                    value(b, list.get(i), inner);
                    b.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                b.append(indent).append(']');
            }
            case String s -> b.append(Json.quote(s));
            case Number n -> b.append(n);
            case Boolean bool -> b.append(bool);
            default -> throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }
}
