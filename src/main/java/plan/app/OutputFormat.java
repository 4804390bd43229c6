package plan.app;

import java.util.Locale;

/** What {@code build} writes for each plan. */
public enum OutputFormat {
    MD, HTML, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
