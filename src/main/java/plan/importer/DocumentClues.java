package plan.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a plan document says about itself in passing: its office, its short name, its years. */
final class DocumentClues {
    private static final String YEAR = "([0-9\u0E50-\u0E59]{4})";
    private static final Pattern RANGE = Pattern.compile(YEAR + "\\s*[-–—]\\s*" + YEAR, Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ONE_YEAR = Pattern.compile(
            "(?:ปีงบประมาณ|ประจำปี(?:งบประมาณ)?|ปีการศึกษา|fiscal year)\\s*(?:พ\\.\\s?ศ\\.\\s*)?" + YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern AREA_OFFICE = Pattern.compile("สำนักงานเขตพื้นที่การศึกษา(?:ประถมศึกษา|มัธยมศึกษา)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SCHOOL = Pattern.compile("โรงเรียน[\u0E01-\u0E4E]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SHORT = Pattern.compile("สพ[ปม]\\.[\u0E01-\u0E4E0-9.]*[\u0E01-\u0E4E0-9]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DISTRICT = Pattern.compile("^\\s*(เขต\\s*[0-9\u0E50-\u0E59]+)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("^\\s*([\u0E01-\u0E4E]+)", Pattern.UNICODE_CHARACTER_CLASS);

    /** A period found in text, and the words it was found in. */
    record FoundPeriod(int from, int to, String quote) {
    }

    /** A text found, how often, and whether it is certain. */
    record Found(String text, int times) {
    }

    private DocumentClues() {
    }

    /** A range of Buddhist Era years (2555-2558) wins over a single fiscal year (ปีงบประมาณ 2561). */
    static FoundPeriod period(List<String> texts) {
        for (String t : texts) {
            Matcher m = RANGE.matcher(t);
            while (m.find()) {
                int from = yearOf(m.group(1));
                int to = yearOf(m.group(2));
                if (isBe(from) && isBe(to) && from <= to && to - from <= 20) {
                    return new FoundPeriod(from, to, quote(t, m.start(), m.end()));
                }
            }
        }
        for (String t : texts) {
            Matcher m = ONE_YEAR.matcher(t);
            while (m.find()) {
                int y = yearOf(m.group(1));
                if (isBe(y)) {
                    return new FoundPeriod(y, y, quote(t, m.start(), m.end()));
                }
            }
        }
        return null;
    }

    /** The fiscal year a line names (จุดเน้น ... ประจำปีงบประมาณ 2556), or 0. */
    static int year(String text) {
        Matcher m = ONE_YEAR.matcher(text);
        if (m.find() && isBe(yearOf(m.group(1)))) {
            return yearOf(m.group(1));
        }
        Matcher any = Pattern.compile("(?<![0-9\u0E50-\u0E59])" + YEAR + "(?![0-9\u0E50-\u0E59])", Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
        while (any.find()) {
            if (isBe(yearOf(any.group(1)))) {
                return yearOf(any.group(1));
            }
        }
        return 0;
    }

    /**
     * The office named most often: an area office's name runs on after the common prefix to the
     * province (one or two words) and its district (เขต 2); the longest reading that nearly every
     * mention agrees on is taken.
     */
    static Found organization(List<String> texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int mentions = 0;
        for (String t : texts) {
            Matcher m = AREA_OFFICE.matcher(t);
            while (m.find()) {
                mentions++;
                String name = m.group();
                String rest = t.substring(m.end());
                Matcher w = WORD.matcher(rest);
                if (!w.find() || w.start(1) != 0) {
                    continue; // the prefix alone is no office's name
                }
                name += w.group(1);
                rest = rest.substring(w.end());
                counts.merge(name, 1, Integer::sum);
                for (int more = 0; more < 2; more++) {
                    Matcher d = DISTRICT.matcher(rest);
                    Matcher next = WORD.matcher(rest);
                    if (d.find()) {
                        name += " " + d.group(1).replaceAll("\\s+", " ");
                        rest = rest.substring(d.end());
                    } else if (rest.startsWith(" ") && !rest.startsWith("  ") && next.find()) {
                        name += " " + next.group(1);
                        rest = rest.substring(next.end());
                    } else {
                        break;
                    }
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        if (mentions == 0) {
            return school(texts);
        }
        Found best = null;
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean agreed = e.getValue() >= 2 && e.getValue() * 10 >= top * 8;
            if (agreed && (best == null || e.getKey().length() > best.text().length())) {
                best = new Found(e.getKey(), e.getValue());
            }
        }
        return best;
    }

    private static Found school(List<String> texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : texts) {
            Matcher m = SCHOOL.matcher(t);
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.comparingByValue()).map(e -> new Found(e.getKey(), e.getValue())).orElse(null);
    }

    /** The first short name of an area office (สพป.มค.2), or null. */
    static String shortName(List<String> texts) {
        for (String t : texts) {
            Matcher m = SHORT.matcher(t);
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    static boolean isOrganizationLine(String text) {
        return text.length() <= 120 && Pattern.compile("^(สำนักงาน|โรงเรียน|องค์การ|กรม|ศูนย์|วิทยาลัย|มหาวิทยาลัย)|\\b(Office|School|College)\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS).matcher(text).find();
    }

    private static int yearOf(String digits) {
        return Integer.parseInt(WhiteSpace.arabicDigits(digits));
    }

    private static boolean isBe(int y) {
        return y >= 2400 && y <= 2700;
    }

    /** The match with up to three words before it, cut at spaces so that no Thai word is split. */
    private static String quote(String text, int start, int end) {
        int from = start;
        for (int words = 0; from > 0 && words < 3; words++) {
            from = text.lastIndexOf(' ', from - 2) + 1;
        }
        int to = end;
        while (to < text.length() && !WhiteSpace.isSpace(text.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ').strip() + (to < text.length() ? "…" : "");
    }
}
