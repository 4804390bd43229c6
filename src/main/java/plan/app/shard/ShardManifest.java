package plan.app.shard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.security.NoSuchAlgorithmException;

/**
 * What {@code plan merge} needs of one shard's output, written beside its documents as
 * {@value #FILE}: which shard of how many, the tool that made it, each plan it rendered with its
 * documents, and the site's own documents (index, assets), each document with its SHA-256.
 * Every shard checks every plan and so writes the same index and assets: the merge takes them
 * from any shard once it has seen that all agree, and the plans' documents from their shard.
 * One line a fact, tab-separated; names never hold a tab or a line break.
 *
 * <pre>
 * plan-shard	1
 * tool	VERSION	CODE-HASH
 * shard	K	N
 * plan	ID	KEY
 * row	ID	FIELD...             (the index's row kept beside the plan's key, or the line of a results report)
 * document	ID	NAME	SHA-256      (ID is "-" for the site's own documents)
 * </pre>
 *
 * The rows go into the merged site's record beside the keys, so a later build into it makes the
 * index without the models, as after a build of its own. A field's backslash, tab, line feed and
 * carriage return are written {@code \\}, {@code \t}, {@code \n}, {@code \r}.
 */
public record ShardManifest(String tool, Shard shard, Map<String, String> planKeys, Map<String, List<String>> rows,
                            Map<String, Document> documents) {
    static final String FILE = "plan-shard.txt";
    private static final String FORMAT = "1";
    /** The owner of the site's own documents, where a plan's id would be. */
    static final String SITE = "-";

    /** One document of the shard: the plan that owns it (or {@link #SITE}) and its hash. */
    record Document(String owner, String sha256) {
    }

    public ShardManifest {
        planKeys = Map.copyOf(new TreeMap<>(planKeys));
        Map<String, List<String>> copied = new TreeMap<>();
        rows.forEach((id, row) -> copied.put(id, List.copyOf(row)));
        rows = java.util.Collections.unmodifiableMap(copied);
        documents = new TreeMap<>(documents);
    }


    String text() {
        StringBuilder b = new StringBuilder();
        b.append("plan-shard\t").append(FORMAT).append('\n');
        b.append("tool\t").append(tool).append('\n');
        b.append("shard\t").append(shard.index()).append('\t').append(shard.count()).append('\n');
        new TreeMap<>(planKeys).forEach((id, key) -> b.append("plan\t").append(id).append('\t').append(key).append('\n'));
        rows.forEach((id, row) -> {
            if (!row.isEmpty()) {
                b.append("row\t").append(id);
                row.forEach(field -> b.append('\t').append(escaped(field)));
                b.append('\n');
            }
        });
        documents.forEach((name, d) -> b.append("document\t").append(d.owner()).append('\t').append(checked(name))
                .append('\t').append(d.sha256()).append('\n'));
        return b.toString();
    }

    /** Reads the manifest of the shard output in {@code folder}; the message says what is wrong. */
    static ShardManifest read(Path folder) throws IOException, Invalid {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new Invalid("merge.manifest.none", folder, FILE);
        }
        String tool = null;
        Shard shard = null;
        Map<String, String> keys = new TreeMap<>();
        Map<String, List<String>> rows = new TreeMap<>();
        Map<String, Document> documents = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("plan-shard\t" + FORMAT)) {
            throw new Invalid("merge.manifest.unknown", file);
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            try {
                switch (f[0]) {
                    case "tool" -> tool = f[1] + "\t" + f[2];
                    case "shard" -> shard = new Shard(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                    case "plan" -> keys.put(f[1], f[2]);
                    case "row" -> rows.put(f[1], java.util.Arrays.stream(f, 2, f.length).map(ShardManifest::unescaped).toList());
                    case "document" -> documents.put(f[2], new Document(f[1], f[3]));
                    default -> throw new Invalid("merge.manifest.unknown-line", file, i + 1);
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new Invalid("merge.manifest.malformed-line", file, i + 1);
            } catch (IllegalArgumentException e) {
                throw new Invalid("merge.manifest.refused-line", file, i + 1, f[0].equals("shard")
                        ? plan.diag.Message.of("cli.usage.shard", Shard.MAX_COUNT) : String.valueOf(e.getMessage()));
            }
        }
        if (tool == null || shard == null) {
            throw new Invalid("merge.manifest.incomplete", file);
        }
        return new ShardManifest(tool, shard, keys, rows, documents);
    }

    /** The tool as the manifest names it: its version, and a hash of its code (the jar) where it runs from one. */
    public static String tool(String version) {
        String code;
        try {
            Path source = Path.of(ShardManifest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // The jar is reproducible (fixed timestamps), so runners that built one commit agree.
            code = Files.isRegularFile(source) ? sha256(Files.readAllBytes(source)) : "classes";
        } catch (Exception e) {
            code = "unknown";
        }
        return version + "\t" + code;
    }

    static String sha256(byte[] bytes) {
        MessageDigest sha = sha256Digest();
        return HexFormat.of().formatHex(sha.digest(bytes));
    }

    /** A field on one line of the manifest (see the class comment). */
    private static String escaped(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** A field as {@link #escaped} wrote it. */
    private static String unescaped(String written) {
        StringBuilder out = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '\\' && i + 1 < written.length()) {
                char next = written.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String checked(String name) {
        if (name.contains("\t") || name.contains("\n") || name.contains("\r")) {
            throw new IllegalArgumentException("a document name with a tab or line break cannot be sharded: " + name);
        }
        return name;
    }

    /** A shard output that cannot be merged; {@link #why} is worded where it is printed. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        final transient plan.diag.Message why;

        Invalid(String key, Object... args) {
            super(key);
            this.why = plan.diag.Message.of(key, args);
        }
    }

    /** The names of the documents owned by each plan and by the site. */
    Map<String, List<String>> namesByOwner() {
        Map<String, List<String>> byOwner = new TreeMap<>();
        documents.forEach((name, d) -> byOwner.computeIfAbsent(d.owner(), o -> new ArrayList<>()).add(name));
        return byOwner;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
