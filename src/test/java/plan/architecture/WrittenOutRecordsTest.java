package plan.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Records whose equals is written out by hand (a record's own is linked at run time, on every
 * start) must still compare every component, as the record's would: a component added later and
 * left out of equals would make two different values equal (a render key that misses a change).
 * Every such record of plan's classes is found by reflection and checked component by component:
 * two instances differing in that component alone must differ.
 */
class WrittenOutRecordsTest {
    /** Records that deliberately compare by less than every component, with the reason. */
    private static final Map<String, String> BY_MEANING = Map.of(
            "plan.model.Span", "a position takes no part in the model's equality (two plans saying the same are equal)",
            "plan.format.Type$Lazy", "a recursive type is equal to itself alone (comparing its target would not end)");

    @Test
    void everyHandWrittenEqualsComparesEveryComponent() throws Exception {
        List<Class<?>> records = handWritten();
        assertThat(records).as("records with equals written out").extracting(Class::getName)
                .contains("plan.format.Key", "plan.render.pdf.PdfDocumentInfo", "plan.render.pdf.text.Shaper$Key");
        for (Class<?> type : records) {
            Object sample = sampleOrFail(type);
            Object[] values = values(sample);
            Object same = construct(type, values);
            assertThat(same).as(type.getName() + ": equal to itself, rebuilt").isEqualTo(sample)
                    .hasSameHashCodeAs(sample);
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                String where = type.getName() + "." + components[i].getName();
                Object[] changed = values.clone();
                changed[i] = other(values[i], components[i]);
                Object different;
                try {
                    different = construct(type, changed);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new AssertionError(where + ": no instance differing in it alone could be made: " + e, e);
                }
                assertThat(different).as(where + ": two values differing in it alone must differ").isNotEqualTo(sample);
            }
        }
    }

    private static Object sampleOrFail(Class<?> type) throws Exception {
        try {
            return sample(type, 0);
        } catch (AssertionError e) {
            throw new AssertionError(type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** The check above can fail: a record that leaves a component out of its equals is caught. */
    @Test
    void aComponentLeftOutIsCaught() throws Exception {
        Object sample = sample(Partial.class, 0);
        Object[] values = values(sample);
        values[1] = other(values[1], Partial.class.getRecordComponents()[1]);
        assertThat(construct(Partial.class, values)).isEqualTo(sample);
    }

    /** A record that forgets a component, as the check above must notice. */
    record Partial(String name, int count) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Partial p && name.equals(p.name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    private static List<Class<?>> handWritten() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes", "plan");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = "plan." + classes.relativize(p).toString().replace('/', '.').replaceFirst("\\.class$", "");
                Class<?> c = Class.forName(name, false, WrittenOutRecordsTest.class.getClassLoader());
                if (c.isRecord() && declaresEquals(c) && !BY_MEANING.containsKey(c.getName())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The compiler's own equals of a record is final; one written out is not (none here is declared final). */
    private static boolean declaresEquals(Class<?> c) {
        try {
            return !java.lang.reflect.Modifier.isFinal(c.getDeclaredMethod("equals", Object.class).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object[] values(Object record) throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            var accessor = components[i].getAccessor();
            accessor.setAccessible(true);
            values[i] = accessor.invoke(record);
        }
        return values;
    }

    private static Object construct(Class<?> type, Object[] values) throws Exception {
        Class<?>[] types = Stream.of(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }

    /** A value of every component: non-empty, non-null, so that each has another value to differ by. */
    private static Object sample(Class<?> type, int depth) throws Exception {
        if (depth > 6) {
            return fail("records nest too deeply to sample: " + type);
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sampleOf(components[i].getType(), components[i].getGenericType(), depth + 1);
            }
            return construct(type, values);
        }
        return sampleOf(type, type, depth + 1);
    }

    private static Object sampleOf(Class<?> type, Type generic, int depth) throws Exception {
        if (type == String.class) {
            return "a";
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (type == float.class || type == Float.class) {
            return 1f;
        } else if (type == double.class || type == Double.class) {
            return 1d;
        } else if (type == byte[].class) {
            return new byte[] {1};
        } else if (type == Path.class) {
            return Path.of("a");
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Object one = sampleOf(raw(element), element, depth + 1);
            return List.class.isAssignableFrom(type) ? List.of(one) : Set.of(one);
        } else if (Map.class.isAssignableFrom(type)) {
            Type[] kv = ((ParameterizedType) generic).getActualTypeArguments();
            return Map.of(sampleOf(raw(kv[0]), kv[0], depth + 1), sampleOf(raw(kv[1]), kv[1], depth + 1));
        } else if (type.isRecord()) {
            return sample(type, depth);
        } else if (type.isSealed()) {
            return sample(type.getPermittedSubclasses()[0], depth);
        }
        return fail("no sample for a component of type " + type + ": add one to WrittenOutRecordsTest");
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /** Another value of the component's type, differing from {@code value}. */
    private static Object other(Object value, RecordComponent component) throws Exception {
        Class<?> type = component.getType();
        if (value instanceof String s) {
            return s + "b";
        } else if (value instanceof Boolean b) {
            return !b;
        } else if (value instanceof Integer n) {
            return n + 1;
        } else if (value instanceof Long n) {
            return n + 1;
        } else if (value instanceof Float n) {
            return n + 1;
        } else if (value instanceof Double n) {
            return n + 1;
        } else if (value instanceof Path path) {
            return path.resolve("b");
        } else if (value instanceof byte[] bytes) {
            byte[] changed = bytes.clone();
            changed[0]++;
            return changed;
        } else if (value instanceof Enum<?> e) {
            Object[] constants = e.getDeclaringClass().getEnumConstants();
            return constants[(e.ordinal() + 1) % constants.length];
        } else if (value instanceof List<?> list) {
            List<Object> changed = new ArrayList<>(list);
            changed.add(list.get(0));
            return List.copyOf(changed);
        } else if (value instanceof Map<?, ?> map) {
            return Map.of();
        } else if (value instanceof Set<?> set) {
            // A set of one sample: the other value is the empty set.
            return Set.of();
        } else if (value != null && value.getClass().isRecord()) {
            Object[] values = values(value);
            values[0] = other(values[0], value.getClass().getRecordComponents()[0]);
            return construct(value.getClass(), values);
        }
        return fail("no other value for " + component + " of type " + type + ": add one to WrittenOutRecordsTest");
    }
}
