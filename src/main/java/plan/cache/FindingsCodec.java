package plan.cache;

import java.util.Base64;
import java.util.List;

import plan.diag.Diagnostic;
import plan.diag.Source;

/**
 * A file's findings and the lines they point at as one line of text, for what is remembered of a
 * file in a text entry of the memo (the check of results files keeps a file's warnings so). The
 * same encoding as a checked plan's head, so a finding reads back as it was, with the snippet its
 * printer shows.
 */
public final class FindingsCodec {
    private FindingsCodec() {
    }

    /** What was found and the lines of its file shown with it (the other lines are empty). */
    public record Shown(List<Diagnostic> found, Source source) {
    }

    /** One line (no line break) holding {@code found} and their lines of {@code source}; null when they cannot be kept exactly. */
    public static String encode(List<Diagnostic> found, Source source) {
        byte[] bytes = CheckedCodec.encodeShown(found, source);
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    /** What {@link #encode} wrote, or null when the line is damaged or of another version. */
    public static Shown decode(String line) {
        try {
            return CheckedCodec.decodeShown(Base64.getDecoder().decode(line));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
