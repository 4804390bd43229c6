package plan.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code --format gitlab}: GitLab's Code Quality report, a JSON array of issues with a
 * description, check name, fingerprint, severity and location. GitLab compares the fingerprints
 * of a merge request's report with the target branch's to tell new findings from old ones, so a
 * fingerprint depends on the file, the rule and the message in no particular language, never on
 * the line: an edit above a finding does not make it look new.
 */
public final class GitlabPrinter implements DiagnosticPrinter {
    private final Messages messages;
    /** The repository's root (null: none), asked for only when a path is absolute. */
    private final Supplier<Path> root;
    private Path knownRoot;
    private boolean rootAsked;

    public GitlabPrinter(Messages messages, Supplier<Path> root) {
        this.messages = messages;
        this.root = root;
    }

    @Override
    public void print(List<Diagnostic> diagnostics, Map<String, Source> sources, PrintWriter out) {
        Map<String, Integer> seen = new HashMap<>();
        out.print('[');
        String sep = "\n";
        for (Diagnostic d : diagnostics) {
            String path = RepoPath.of(relative(d.file()));
            String identity = path + "\n" + d.rule() + "\n" + canonical(d.message());
            // Two equal findings in one file (the same unknown key twice) still need two fingerprints.
            int occurrence = seen.merge(identity, 1, Integer::sum);
            String text = messages.format(d.message());
            if (d.hint() != null) {
                text += ". " + messages.format(d.hint());
            }
            out.print(sep + "  {\"description\": " + Json.quote(text)
                    + ", \"check_name\": " + Json.quote(d.rule())
                    + ", \"fingerprint\": " + Json.quote(sha256(identity + "\n" + occurrence))
                    + ", \"severity\": " + Json.quote(severity(d.severity()))
                    + ", \"location\": {\"path\": " + Json.quote(path)
                    + ", \"lines\": {\"begin\": " + Math.max(1, d.line()) + "}}}");
            sep = ",\n";
        }
        out.println(diagnostics.isEmpty() ? "]" : "\n]");
    }

    /** GitLab ties a finding to a file by its path from the repository's root: an absolute path inside it is made relative. */
    private String relative(String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
        if (!path.isAbsolute()) {
            return file;
        }
        if (!rootAsked) {
            knownRoot = root.get();
            rootAsked = true;
        }
        if (knownRoot == null) {
            return file;
        }
        for (Path[] pair : new Path[][] {{knownRoot, path.normalize()}, {real(knownRoot), real(path)}}) {
            if (pair[0] != null && pair[1] != null && pair[1].startsWith(pair[0]) && !pair[1].equals(pair[0])) {
                return pair[0].relativize(pair[1]).toString();
            }
        }
        return file;
    }

    /** The path with symbolic links resolved (a temporary folder is often one), or null. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** GitLab's scale is info, minor, major, critical, blocker: an error is major, as in ESLint's GitLab formatters. */
    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case NOTE -> "info";
        };
    }

    /** The message as key and arguments, the same whatever language the report is printed in. */
    private static String canonical(Message m) {
        return m.key() + m.args().stream()
                .map(a -> a instanceof Message inner ? canonical(inner) : String.valueOf(a))
                .collect(Collectors.joining("\u001f", "(", ")"));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
