package plan.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.app.check.UsageException;
import plan.diag.Message;
import plan.diag.Messages;
import plan.load.Limits;
import plan.model.Lang;

/**
 * The starter plan {@code plan init} writes: a complete, valid plan whose comments teach the
 * format, filled in with the organization, period and language the user gave.
 */
public final class StarterPlan {
    /** The schema file the starter's modeline names, beside the plan (relative to it). */
    public static final String SCHEMA_FILE = "plan.schema.json";
    /** Officers plan four fiscal years at a time unless told otherwise. */
    public static final int DEFAULT_YEARS = 4;

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} .,()/–-]*");
    private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    /** What the user chose; texts are single lines. */
    public record Answers(String organization, int from, int to, Lang lang, String title) {
        public Answers {
            organization = oneLine(organization);
            title = title == null || title.isBlank() ? defaultTitle(lang, from, to) : oneLine(title);
        }
    }

    private StarterPlan() {
    }

    /** The Buddhist Era fiscal year a day falls in: it starts on 1 October and is named by its end. */
    public static int fiscalYear(LocalDate day) {
        return day.getYear() + 543 + (day.getMonthValue() >= 10 ? 1 : 0);
    }

    /** The title a starter plan gets when none is given, in the plan's language (the bundles' {@code init.title.*}). */
    public static String defaultTitle(Lang lang, int from, int to) {
        return words(lang).format(from == to ? Message.of("init.title.action", from) : Message.of("init.title.development", from, to));
    }

    public static String defaultOrganization(Lang lang) {
        return words(lang).format(Message.of("init.organization"));
    }

    private static Messages words(Lang lang) {
        return new Messages(lang == Lang.TH ? Locale.forLanguageTag("th") : Locale.ENGLISH);
    }

    /** The plan file's text for a file named {@code fileName}. */
    public static String text(Answers a, String fileName) {
        return text(a, fileName, false);
    }

    /** As {@link #text(Answers, String)}; an action plan adds commented projects, indicators and budgets. */
    public static String text(Answers a, String fileName, boolean actionPlan) {
        String template = template("starter-" + a.lang().code() + ".plan.yaml")
                + (actionPlan ? template("starter-action-" + a.lang().code() + ".plan.yaml") : "");
        return template
                .replace("{{schema}}", SCHEMA_FILE)
                .replace("{{file}}", fileName)
                .replace("{{title}}", scalar(a.title()))
                .replace("{{organization}}", scalar(a.organization()))
                .replace("{{from}}", String.valueOf(a.from()))
                .replace("{{to}}", String.valueOf(a.to()));
    }

    /**
     * Writes {@code text} to {@code target} if it checks without errors, never over an existing
     * file. The text is checked as a file in a scratch folder beside the target (so a
     * plan.config.yaml there governs it as it will govern the plan), then moved into place.
     *
     * @return the check of the text; nothing was written when it has errors
     */
    public static CheckReport write(Path target, String displayPath, String text) throws UsageException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(plan.diag.Message.of("cli.refused.init-exists", displayPath));
        }
        Path folder = target.toAbsolutePath().getParent();
        Path scratch = null;
        try {
            Files.createDirectories(folder);
            scratch = Files.createTempDirectory(folder, ".plan-init-");
            Path draft = scratch.resolve(target.getFileName());
            Files.writeString(draft, text, StandardCharsets.UTF_8);
            CheckReport report = new PlanChecker(Limits.DEFAULT).checkAll(List.of(new PlanFile(draft, displayPath)));
            if (!report.hasErrors()) {
                Files.move(draft, target); // without REPLACE_EXISTING: a file that appeared meanwhile stays
            }
            return report;
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(plan.diag.Message.of("cli.refused.init-exists", displayPath));
        } catch (IOException e) {
            throw new UsageException(plan.diag.Message.of("cli.refused.cannot-write", displayPath, plan.diag.IoReason.message(e)));
        } finally {
            deleteQuietly(scratch);
        }
    }

    /**
     * The schema's place beside {@code target}, refused when a link to a missing file stands
     * there: writing it would make a file wherever the link points, outside the folder. Asked
     * before the plan is written, so that a refusal writes nothing.
     */
    public static Path refuseLinkedSchema(Path target) throws UsageException {
        Path file = target.toAbsolutePath().getParent().resolve(SCHEMA_FILE);
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new UsageException(plan.diag.Message.of("cli.refused.schema-link", file));
        }
        return file;
    }

    /** Writes the schema beside the plan when no file of that name is there yet. */
    public static boolean writeSchemaBeside(Path target, String schema) throws UsageException {
        Path file = refuseLinkedSchema(target);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            // CREATE_NEW: a link made meanwhile is refused, never followed.
            Files.writeString(file, schema, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UsageException(plan.diag.Message.of("cli.refused.cannot-write", file, plan.diag.IoReason.message(e)));
        }
    }

    /** A YAML scalar for a text: plain when YAML reads it back unchanged, else double-quoted. */
    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT))
                && !s.matches("[0-9.,]+")) {
            return s;
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String template(String name) {
        try (InputStream in = StarterPlan.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover scratch folder is harmless; the plan itself was written or not, as reported
        }
    }
}
