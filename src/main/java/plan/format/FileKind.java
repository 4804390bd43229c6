package plan.format;

import java.util.List;

/**
 * A kind of source file: how its name ends (the suffix is cut from the name to give the default
 * id) and the mapping at its root. Plans now; frameworks ({@code *.framework.yaml}) are the next
 * kind: a second entry in {@link Format#fileKinds()} with its own root, found and bound the same way.
 */
public record FileKind(String name, List<String> suffixes, Type.Struct root) {
    public FileKind {
        suffixes = List.copyOf(suffixes);
    }

    /** Written out, as in {@link Kind}. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FileKind k && name.equals(k.name) && suffixes.equals(k.suffixes)
                && root.equals(k.root);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    public boolean matches(String fileName) {
        for (String suffix : suffixes) { // asked of every file of every run: no stream
            if (fileName.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The id a file gets from its name: the name without its kind's suffix. */
    public String defaultId(String fileName) {
        for (String suffix : suffixes) {
            if (fileName.endsWith(suffix)) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return fileName;
    }
}
