package plan.workspace;

import java.nio.file.Path;

/**
 * A file to check, named {@code path} in diagnostics: read from {@code file} on disk, or from
 * {@code bytes} already in memory (an editor's buffer, a fuzz input).
 */
public record Input(String path, Path file, byte[] bytes) {
    public static Input ofFile(Path file, String path) {
        return new Input(path, file, null);
    }

    public static Input ofBytes(byte[] bytes, String path) {
        return new Input(path, null, bytes);
    }

    /** The last part of the name, which says the kind of file and gives the default id. */
    public String fileName() {
        if (file != null && file.getFileName() != null) {
            return file.getFileName().toString();
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
