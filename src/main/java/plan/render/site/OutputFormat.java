package plan.render.site;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of document made of each plan (and of each results report), by file extension. The
 * one place that knows the outputs' names: file names, format lists and the command line's
 * default are all asked of it. How each is rendered is its {@link PlanOutput}.
 *
 * <p>The exports ({@code json}, {@code csv}) are for other systems and spreadsheets: asked for by
 * name, never made by default.
 */
public enum OutputFormat {
    MD(true), HTML(true), PDF(true), JSON(false),
    /** Two tables of a plan or a results file: {@code ID.projects.csv} and {@code ID.indicators.csv}. */
    CSV(false, "projects", "indicators");

    /**
     * The formats a build makes unless told otherwise, as the command line's {@code --format}
     * takes them. A constant, since an annotation's default must be one; {@code OutputFormatTest}
     * holds it to {@link #defaults()}.
     */
    public static final String DEFAULT = "md,html,pdf";

    private final boolean byDefault;
    /** The parts of a format written as several files ({@code ID.PART.EXT}); empty for one file. */
    private final List<String> parts;

    OutputFormat(boolean byDefault, String... parts) {
        this.byDefault = byDefault;
        this.parts = List.of(parts);
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file of document {@code id} in this format: {@code ID.EXT} (the first part's, for a format of several). */
    public String fileName(String id) {
        return fileNames(id).get(0);
    }

    /** Every file of document {@code id} in this format: {@code ID.EXT}, or {@code ID.PART.EXT} for each part. */
    public List<String> fileNames(String id) {
        if (parts.isEmpty()) {
            return List.of(id + "." + extension());
        }
        return parts.stream().map(part -> id + "." + part + "." + extension()).toList();
    }

    /** The file of part {@code part} of document {@code id}: {@code ID.PART.EXT}. */
    public String fileName(String id, String part) {
        if (!parts.contains(part)) {
            throw new IllegalArgumentException(this + " has no part " + part);
        }
        return id + "." + part + "." + extension();
    }

    /** Whether {@code name} is a file of this format. */
    public boolean names(String name) {
        return name.endsWith("." + extension());
    }

    /** The id of the document {@code name} is a file of in this format ({@code ID} of {@code ID.EXT}, {@code ID.PART.EXT}), or null. */
    public String idOf(String name) {
        for (String part : parts) {
            if (name.endsWith("." + part + "." + extension()) && name.length() > part.length() + extension().length() + 2) {
                return name.substring(0, name.length() - part.length() - extension().length() - 2);
            }
        }
        return names(name) && parts.isEmpty() && name.length() > extension().length() + 1
                ? name.substring(0, name.length() - extension().length() - 1) : null;
    }

    /** The format a file name ends in, or null for none of them. */
    public static OutputFormat ofFile(String name) {
        for (OutputFormat f : values()) {
            if (f.names(name)) {
                return f;
            }
        }
        return null;
    }

    /** The formats' extensions, comma-separated, in their order. */
    public static String list() {
        return Arrays.stream(values()).map(OutputFormat::extension).collect(Collectors.joining(","));
    }

    /** The extensions of the formats made by default, comma-separated, in their order. */
    public static String defaults() {
        return Arrays.stream(values()).filter(f -> f.byDefault).map(OutputFormat::extension)
                .collect(Collectors.joining(","));
    }
}
