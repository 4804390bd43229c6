package plan.render.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of document made of each plan (and of each results report), by file extension. The
 * one place that knows the outputs' names: file names, format lists and the command line's
 * default are all asked of it. How each is rendered is its {@link PlanOutput}.
 */
public enum OutputFormat {
    MD, HTML, PDF;

    /**
     * Every format, as the command line's {@code --format} takes them. A constant, since an
     * annotation's default must be one; {@code OutputFormatTest} holds it to {@link #list()}.
     */
    public static final String ALL = "md,html,pdf";

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file of document {@code id} in this format: {@code ID.EXT}. */
    public String fileName(String id) {
        return id + "." + extension();
    }

    /** Whether {@code name} is a file of this format. */
    public boolean names(String name) {
        return name.endsWith("." + extension());
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
}
