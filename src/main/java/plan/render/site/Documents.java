package plan.render.site;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * Rendered documents: output names (relative, {@code /}-separated, e.g. {@code S1.pdf},
 * {@code assets/plan.css}) to their bytes, sorted by name. Immutable: the bytes are copied in
 * and out, so documents can be handed to other threads, kept in memory or written anywhere.
 */
public final class Documents {
    public static final Documents NONE = new Documents(new TreeMap<>());

    private final TreeMap<String, byte[]> files;

    private Documents(TreeMap<String, byte[]> files) {
        this.files = files;
    }

    public static Documents of(Map<String, byte[]> files) {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((name, bytes) -> copy.put(checkedName(name), bytes.clone()));
        return new Documents(copy);
    }

    /** These documents and {@code more}; a name in both takes the bytes of {@code more}. */
    public Documents plus(Documents more) {
        TreeMap<String, byte[]> joined = new TreeMap<>(files);
        joined.putAll(more.files);
        return new Documents(joined);
    }

    /**
     * All of {@code parts} as one, in order (a name in several takes the bytes of the last): one
     * map made once, where folding {@link #plus} over a thousand plans copied the growing map a
     * thousand times. The bytes are shared, not copied: every part is immutable.
     */
    public static Documents join(Iterable<Documents> parts) {
        TreeMap<String, byte[]> joined = new TreeMap<>();
        for (Documents part : parts) {
            joined.putAll(part.files);
        }
        return new Documents(joined);
    }

    /** True when {@code name} has the same bytes here as in {@code other} (or is in neither), without copying them. */
    public boolean sameBytes(String name, Documents other) {
        return Arrays.equals(files.get(name), other.files.get(name));
    }

    public NavigableSet<String> names() {
        return Collections.unmodifiableNavigableSet(files.navigableKeySet());
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** A copy of the bytes of {@code name}, or null when there is no such document. */
    public byte[] bytes(String name) {
        byte[] bytes = files.get(name);
        return bytes == null ? null : bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Documents other) || !files.keySet().equals(other.files.keySet())) {
            return false;
        }
        return files.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.files.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return files.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "Documents" + files.keySet();
    }

    /** A name that stays inside whatever folder the documents are written to. */
    private static String checkedName(String name) {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || Arrays.stream(name.split("/", -1)).anyMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."));
        if (bad) {
            throw new IllegalArgumentException("not a relative document name: " + name);
        }
        return name;
    }
}
