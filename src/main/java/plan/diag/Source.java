package plan.diag;

import java.util.List;

/** The text of a checked file, kept so that printers can show the offending line. */
public record Source(String path, List<String> lines) {
    public Source {
        lines = List.copyOf(lines);
    }

    public static Source of(String path, String text) {
        return new Source(path, text.lines().toList());
    }

    /** The 1-based line, or null when out of range. */
    public String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
    }
}
