package plan.render.site;

import plan.model.Logo;
import plan.model.Style;

/**
 * How a plan's documents look: the style (the command line's, else the plan's, else its
 * configuration's) and the organization's logo, read once for the build, or null.
 */
public record Look(Style style, Logo logo) {
    /** The look of format 1 before the official document: what a caller that says nothing gets. */
    public static final Look MODERN = new Look(Style.MODERN, null);

    public Look {
        java.util.Objects.requireNonNull(style, "style");
    }

    public boolean official() {
        return style == Style.OFFICIAL;
    }

    /** Where the logo is published, relative to the output folder: assets/ID-logo.EXT. */
    public static String logoName(String planId, Logo logo) {
        return "assets/" + planId + "-logo." + logo.extension();
    }
}
