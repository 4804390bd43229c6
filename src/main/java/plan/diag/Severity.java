package plan.diag;

import java.util.Locale;

/** Ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The lowercase word used in output and in configuration files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String word) {
        for (Severity s : values()) {
            if (s.word().equals(word)) {
                return s;
            }
        }
        return null;
    }
}
