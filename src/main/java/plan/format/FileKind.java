package plan.format;

import java.util.List;

/**
 * A kind of source file: how its name ends and the mapping at its root. {@code idSuffix} is cut
 * from the file name to give the default id.
 */
public record FileKind(String name, List<String> suffixes, Type.Struct root) {
    public FileKind {
        suffixes = List.copyOf(suffixes);
    }

    public boolean matches(String fileName) {
        return suffixes.stream().anyMatch(fileName::endsWith);
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
