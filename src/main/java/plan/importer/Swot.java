package plan.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A situation analysis's four lists as offices write them: under the labels จุดแข็ง, จุดอ่อน,
 * โอกาส, อุปสรรค (or S, W, O, T, or English), as headings, or as the cells of a table (the usual
 * 2×2 table with the label atop each cell, a row of labels over a row of lists, or four columns).
 */
final class Swot {
    /** The four lists, in the format's order, with the id prefix of their factors. */
    enum Side {
        STRENGTHS("strengths", "SW", Set.of("s", "จุดแข็ง", "strength", "strengths")),
        WEAKNESSES("weaknesses", "WK", Set.of("w", "จุดอ่อน", "weakness", "weaknesses")),
        OPPORTUNITIES("opportunities", "OP", Set.of("o", "โอกาส", "opportunity", "opportunities")),
        THREATS("threats", "TH", Set.of("t", "อุปสรรค", "ภัยคุกคาม", "threat", "threats"));

        final String key;
        final String prefix;
        private final Set<String> words;

        Side(String key, String prefix, Set<String> words) {
            this.key = key;
            this.prefix = prefix;
            this.words = words;
        }
    }

    /** The factors found, list by list, and the text of the table that was not under any label. */
    record Found(Map<Side, List<String>> factors, List<String> unplaced) {
        int size() {
            return factors.values().stream().mapToInt(List::size).sum();
        }
    }

    private Swot() {
    }

    /**
     * The list a label names ("จุดแข็ง (Strengths)", "S: Strengths", "อุปสรรค"), or null. The
     * letters alone count only as capitals, so a sentence's "s" is no label.
     */
    static Side label(String text) {
        String t = WhiteSpace.strip(text);
        TypedNumber typed = TypedNumber.of(t);
        if (typed != null && !typed.bullet()) {
            t = WhiteSpace.strip(typed.rest());
        }
        if (t.isEmpty() || t.length() > 60) {
            return null;
        }
        String[] tokens = t.replaceAll("[()\\[\\]:：\\-–/,.]", " ").trim().split("\\s+");
        for (Side list : Side.values()) {
            boolean all = tokens.length > 0;
            for (String token : tokens) {
                boolean letter = token.length() == 1;
                all &= list.words.contains(token.toLowerCase(Locale.ROOT)) && (!letter || Character.isUpperCase(token.charAt(0)));
            }
            if (all) {
                return list;
            }
        }
        return null;
    }

    /** The factors of a table, or null when no cell carries a label. */
    static Found table(List<List<String>> rows) {
        Map<Side, List<String>> factors = empty();
        List<String> unplaced = new ArrayList<>();
        int width = rows.isEmpty() ? 0 : rows.get(0).size();
        Side[] current = new Side[width];
        boolean any = false;
        for (List<String> row : rows) {
            String previousCell = null;
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (cell.equals(previousCell) && c > 0 && current[c] == current[c - 1]) {
                    continue; // a merged cell repeated across the columns it covers
                }
                previousCell = cell;
                List<String> lines = lines(cell);
                if (lines.isEmpty()) {
                    continue;
                }
                Side label = label(lines.get(0));
                if (label != null) {
                    current[c] = label;
                    any = true;
                    lines = lines.subList(1, lines.size());
                }
                for (String line : lines) {
                    if (current[c] == null) {
                        unplaced.add(line);
                    } else {
                        factors.get(current[c]).add(factor(line));
                    }
                }
            }
        }
        return any ? new Found(factors, unplaced) : null;
    }

    static Map<Side, List<String>> empty() {
        Map<Side, List<String>> m = new LinkedHashMap<>();
        for (Side l : Side.values()) {
            m.put(l, new ArrayList<>());
        }
        return m;
    }

    /** A factor's text without the number or bullet typed before it. */
    static String factor(String line) {
        TypedNumber typed = TypedNumber.of(WhiteSpace.strip(line));
        return RecognizedBlock.oneLine(WhiteSpace.strip(typed != null ? typed.rest() : line));
    }

    private static List<String> lines(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : cell.split("\n")) {
            if (!WhiteSpace.isBlank(line)) {
                out.add(WhiteSpace.strip(line));
            }
        }
        return out;
    }
}
