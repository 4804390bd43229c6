package plan.render.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.model.Money;
import plan.model.Text;

/**
 * A JSON object being written, its keys in the order put. A part the source does not have (null,
 * an empty list) is left out rather than written as null: a reader tests for a key, and the
 * schema lists which keys are always there.
 */
final class Fields {
    private final Map<String, Object> map = new LinkedHashMap<>();

    Fields put(String key, Object value) {
        Object v = value instanceof Text t ? t.value() : value instanceof Money m ? m.exact() : value;
        if (v == null || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty()) {
            return this;
        }
        map.put(key, v instanceof Fields f ? f.map() : v);
        return this;
    }

    /** Like {@link #put}, and written even when empty (a list every reader may loop over). */
    Fields always(String key, Object value) {
        map.put(key, value instanceof Fields f ? f.map() : value);
        return this;
    }

    Map<String, Object> map() {
        return map;
    }

    /** The values of texts as written. */
    static List<String> texts(List<Text> texts) {
        return texts.stream().map(Text::value).toList();
    }
}
