package plan.model;

import java.util.Locale;

/**
 * The look of a plan's PDF and HTML: {@link #OFFICIAL}, what Thai government plan documents look
 * like (black headings, no coloured boxes, front matter paged ก ข ค), or {@link #MODERN}, the look
 * of format 1 before the official document was added.
 */
public enum Style {
    OFFICIAL, MODERN;

    /** The word written in plans, configuration and on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style a word names, or null for another word (or none). */
    public static Style of(String word) {
        if (word == null) {
            return null;
        }
        for (Style s : values()) {
            if (s.word().equals(word.strip())) {
                return s;
            }
        }
        return null;
    }

    /** The command line's style, else the plan's, else the configuration's, else official. */
    public static Style resolve(Style commandLine, Style plan, Style config) {
        return commandLine != null ? commandLine : plan != null ? plan : config != null ? config : OFFICIAL;
    }
}
