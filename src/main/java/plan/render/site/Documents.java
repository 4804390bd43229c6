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

    public int size(String name) {
        byte[] bytes = files.get(name);
        return bytes == null ? -1 : bytes.length;
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
