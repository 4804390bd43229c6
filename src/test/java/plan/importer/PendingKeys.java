package plan.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import plan.diag.Diagnostic;

/**
 * Keys of format part 2 that import writes while other work adds them to the binder: until the
 * binder knows them, {@code plan check} reports them as unknown (or, for parts in the outline,
 * as of the wrong type). A test tells those findings from real ones by the line they point at.
 */
final class PendingKeys {
    private static final Pattern PENDING_LINE = Pattern.compile(
            "^(digits|base|analysis|outline|\\s+- part|\\s+chapters|\\s+(strengths|weaknesses|opportunities|threats|kind|standards|rationale|outputs|evaluation|expected|approvals)):.*|^\\s+- part:.*");
    private static final List<String> RULES = List.of("unknown-key", "wrong-type", "unresolved-ref", "outline-parts");

    private PendingKeys() {
    }

    /** The diagnostics of {@code file} that are not about a key still being added to the binder. */
    static List<Diagnostic> real(Path file, List<Diagnostic> diagnostics) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return diagnostics.stream().filter(d -> !(RULES.contains(d.rule()) && d.line() >= 1 && d.line() <= lines.size()
                && PENDING_LINE.matcher(lines.get(d.line() - 1)).matches())).toList();
    }
}
