package plan.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import plan.app.check.CheckedPlan;
import plan.app.publish.Publisher;
import plan.diag.Source;
import plan.render.site.OutputFormat;

/**
 * Incremental builds: everything a plan's documents depend on, as one hash. A plan whose key is
 * the one its published documents were made under, and whose documents are still there, is not
 * rendered again (the {@link Publisher} remembers the keys).
 */
final class RenderKey {
    private static final List<String> BUILT_IN_TEMPLATES = List.of("plan.md.ftl", "page.ftlh", "index.ftlh",
            "framework.md.ftl", "assets/plan.css", "analysis.md.ftl");

    private final String tool;
    private final BuildOptions options;
    private final Map<String, String> templateHashes = new ConcurrentHashMap<>();
    /** The hash so far of what every plan of a build shares (see {@link #shared}): hashed once, copied for each plan. */
    private final Map<Shared, MessageDigest> shared = new ConcurrentHashMap<>();

    /** What the plans of one build have in common in their keys: most builds have one or two of these. */
    private record Shared(Path templates, boolean thaiDigits, String pdf) {
        // Written out: looked up for every plan of a rebuild, where a record's generated methods
        // run through method handles that the quick compiler does not inline.
        @Override
        public int hashCode() {
            return (java.util.Objects.hashCode(templates) * 31 + Boolean.hashCode(thaiDigits)) * 31
                    + java.util.Objects.hashCode(pdf);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shared other && thaiDigits == other.thaiDigits
                    && java.util.Objects.equals(templates, other.templates) && java.util.Objects.equals(pdf, other.pdf);
        }
    }

    /** The keys of a build of {@code options} by the tool {@code toolVersion}. */
    RenderKey(String toolVersion, BuildOptions options) {
        this.tool = toolVersion + "/" + codeIdentity();
        this.options = options;
    }

    /**
     * Everything a plan's documents depend on, as one hash: the tool (version and jar), the
     * formats rendered and published, Thai digits (from the command line or the plan's project settings), the templates'
     * contents, the plan's source and, for a PDF, what {@code pdf} names (the font files'
     * contents and the dates, from {@code SOURCE_DATE_EPOCH} when set).
     *
     * @param pdf     what the PDF depends on besides the above, or null when no PDF is made
     * @param related the {@linkplain #sourceHash hashes} of the other files the plan's documents
     *                speak of (its frameworks, its parent and children plans), so that a change
     *                there renders it again
     */
    String of(CheckedPlan plan, Path templates, boolean thaiDigits, String pdf, List<String> related, String look)
            throws IOException {
        MessageDigest sha = shared(templates, thaiDigits, pdf);
        // The style may come from the command line or the configuration, the logo from its own file.
        add(sha, look);
        // The project's words move line ends in the PDF.
        List<String> words = new java.util.ArrayList<>();
        plan.config().words().forEach(w -> words.add(w.value()));
        add(sha, "words=" + words);
        // The plan's file by its hash: an unchanged plan's text is not read to make its key.
        add(sha, sourceHash(plan));
        for (String file : related) {
            add(sha, "\u0001related");
            add(sha, file);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The hash of the tool, the formats, the digits, the PDF's fonts and the templates: a copy for one plan's key. */
    private MessageDigest shared(Path templates, boolean thaiDigits, String pdf) throws IOException {
        Shared common = new Shared(templates, thaiDigits, pdf);
        MessageDigest known = shared.get(common);
        if (known == null) {
            known = sha256();
            add(known, tool);
            add(known, options.formats().stream().map(OutputFormat::extension).sorted().toList().toString());
            // The page links the documents published beside it: a build that adds the PDF renders it again.
            add(known, "published=" + options.published().stream().map(OutputFormat::extension).sorted().toList());
            add(known, "digits=" + thaiDigits + " font=" + options.font() + " pdf=" + pdf);
            add(known, templatesHash(templates));
            shared.putIfAbsent(common, known);
        }
        try {
            return (MessageDigest) known.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the runtime's SHA-256 can be copied", e);
        }
    }

    /** A plan file's contents as one hash (see {@link #sourceHash(String, Source)}). */
    static String sourceHash(CheckedPlan plan) {
        return plan.contentHash() != null ? sourceHash(plan.contentHash(), null) : sourceHash(null, plan.source());
    }

    /**
     * A file's contents as one hash: the hash of its bytes that the check took (a check with a
     * cache takes one for every file, and knows it for an unchanged file without reading it), else
     * a hash of its lines. The two kinds are told apart, never equal.
     */
    static String sourceHash(String contentHash, Source source) {
        if (contentHash != null) {
            return "bytes " + contentHash;
        }
        MessageDigest sha = sha256();
        source.lines().forEach(line -> add(sha, line));
        return "lines " + HexFormat.of().formatHex(sha.digest());
    }

    private String templatesHash(Path folder) throws IOException {
        String name = folder == null ? "" : folder.toAbsolutePath().normalize().toString();
        String known = templateHashes.get(name);
        if (known != null) {
            return known;
        }
        MessageDigest sha = sha256();
        for (String builtIn : BUILT_IN_TEMPLATES) {
            try (InputStream in = RenderKey.class.getResourceAsStream("/templates/" + builtIn)) {
                sha.update(in == null ? new byte[0] : in.readAllBytes());
            }
        }
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    add(sha, folder.relativize(f).toString());
                    sha.update(Files.readAllBytes(f));
                }
            }
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        templateHashes.put(name, hash);
        return hash;
    }

    /** The running code: its jar's size and time, so a rebuilt tool renders everything again. */
    private static String codeIdentity() {
        try {
            Path code = Path.of(RenderKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void add(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
