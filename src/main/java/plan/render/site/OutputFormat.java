package plan.render.site;

import java.util.Locale;

/** The documents made of each plan, by file extension. */
public enum OutputFormat {
    MD, HTML, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
