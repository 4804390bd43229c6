package plan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import plan.app.check.CheckedPlan;
import plan.check.LogoFiles;
import plan.model.Logo;
import plan.model.Style;
import plan.model.Text;
import plan.model.Value;
import plan.render.site.Look;
import plan.workspace.CrossFileFacts;

/**
 * The look of each plan of one build: its style (the command line's, else the plan's, else its
 * configuration's, else official) and its logo, each logo file read and measured once for the
 * whole build however many plans and pages show it.
 */
final class Looks {
    private final Map<Path, Logo> logos = new ConcurrentHashMap<>();
    /** The logo files' digests for the render keys, by path, size and modification time: read once a build. */
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    /** Each plan's {@link #keyOf}, by its file: the same for all of one build's documents of the plan. */
    private final Map<Path, String> keys = new ConcurrentHashMap<>();

    /**
     * What the render key needs of the look without making the plan's model (an unchanged plan's
     * key is made from what its check kept): the style of the command line and configuration (the
     * plan's own is in its text, which the key hashes) and the bytes of the logo file it names.
     */
    String keyOf(CheckedPlan checked, BuildOptions options) {
        // Asked for a plan's documents and again for each of its results files' reports: made once.
        return keys.computeIfAbsent(checked.file().path(), path -> keyOfNow(checked, options));
    }

    private String keyOfNow(CheckedPlan checked, BuildOptions options) {
        StringBuilder b = new StringBuilder("style=").append(options.style()).append('/').append(checked.config().style());
        // The logo as the check kept it: a rebuild does not read every plan file again to find it.
        String logo = checked.facts() != null && checked.facts().logo() != null ? checked.facts().logo()
                : CrossFileFacts.logoOf(checked.plan());
        if (logo.isBlank()) {
            return b.toString();
        }
        Path file = LogoFiles.resolve(checked.file().path().toString(), logo);
        b.append(" logo=").append(logo.strip()).append(':');
        try {
            if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) <= LogoFiles.MAX_BYTES) {
                b.append(digest(file));
            }
        } catch (IOException | RuntimeException e) {
            b.append(" unreadable"); // the check reports it; the key just differs
        }
        return b.toString();
    }

    /** The SHA-256 of a logo file, remembered while its path, size and modification time stay. */
    private String digest(Path file) throws IOException {
        String stamp = file + "\u0000" + java.nio.file.Files.size(file) + "\u0000" + java.nio.file.Files.getLastModifiedTime(file);
        String known = digests.get(stamp);
        if (known != null) {
            return known;
        }
        try {
            String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.file.Files.readAllBytes(file)));
            digests.put(stamp, digest);
            return digest;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Look of(CheckedPlan checked, BuildOptions options) throws IOException {
        Value.Mapping tree = checked.plan().tree();
        Text written = tree.text("style");
        Style style = Style.resolve(options.style(), written == null ? null : Style.of(written.value()),
                checked.config().style());
        String logo = CrossFileFacts.logoOf(checked.plan());
        if (logo.isBlank()) {
            return new Look(style, null);
        }
        Path file = LogoFiles.resolve(checked.file().path().toString(), logo);
        try {
            return new Look(style, logos.computeIfAbsent(file, f -> {
                LogoFiles.Read read = LogoFiles.read(f, logo);
                if (read.logo() == null) {
                    // Checked before the build; a file changed since then stops it with the same words.
                    throw new UncheckedIOException(new IOException(checked.file().displayPath() + ": "
                            + new plan.diag.Messages(java.util.Locale.ENGLISH).format(read.problem())));
                }
                return read.logo();
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
