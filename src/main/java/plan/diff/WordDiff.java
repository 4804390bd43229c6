package plan.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;

/**
 * Texts as words, for a word-level diff of a reworded text. Thai is written without spaces
 * between words, so words are found with ICU's dictionary-based word boundaries; spaces and
 * punctuation are pieces too, so joining the pieces gives the text back exactly.
 */
public final class WordDiff {
    /** A piece of a word-level diff: kept, removed (only in OLD) or added (only in NEW). */
    public record Piece(Op op, String text) {
    }

    public enum Op { SAME, REMOVED, ADDED }

    private WordDiff() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(text);
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    /** The share of words two texts have in common (0 to 1), spaces and punctuation left out. */
    public static double likeness(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        Set<String> x = wordsOnly(a);
        Set<String> y = wordsOnly(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> any = new HashSet<>(x);
        any.addAll(y);
        return (double) both.size() / any.size();
    }

    private static Set<String> wordsOnly(String text) {
        Set<String> out = new HashSet<>();
        for (String w : split(text)) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The word-level diff of OLD to NEW (longest common subsequence of words), runs joined. */
    public static List<Piece> diff(String old, String now) {
        List<String> a = split(old);
        List<String> b = split(now);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Piece> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(out, Op.SAME, a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, Op.ADDED, b.get(j++));
            } else {
                add(out, Op.REMOVED, a.get(i++));
            }
        }
        return settle(out);
    }

    /**
     * ICU's dictionary may cut a compound differently in the two texts (และสุข|ภาวะ, ส่ง|เสริมสุข):
     * whole words that a replacement keeps at its start or end are moved out of it, so only what
     * really changed is marked.
     */
    private static List<Piece> settle(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            if (p.op() != Op.REMOVED || k + 1 >= pieces.size() || pieces.get(k + 1).op() != Op.ADDED) {
                add(out, p.op(), p.text());
                continue;
            }
            String removed = p.text();
            String added = pieces.get(++k).text();
            String head = "";
            String tail = "";
            for (String w : split(removed)) {
                if (added.startsWith(head + w) && added.length() > (head + w).length()) {
                    head += w;
                } else {
                    break;
                }
            }
            List<String> ws = split(removed.substring(head.length()));
            for (int w = ws.size() - 1; w >= 0; w--) {
                String t = ws.get(w) + tail;
                if (added.substring(head.length()).endsWith(t) && added.length() - head.length() > t.length()) {
                    tail = t;
                } else {
                    break;
                }
            }
            String r = removed.substring(head.length(), removed.length() - tail.length());
            String a = added.substring(head.length(), added.length() - tail.length());
            add(out, Op.SAME, head);
            add(out, Op.REMOVED, r);
            add(out, Op.ADDED, a);
            add(out, Op.SAME, tail);
        }
        return out;
    }

    /** Joins runs of one kind; removed pieces come before the added ones that replace them. */
    private static void add(List<Piece> out, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Piece last = out.remove(out.size() - 1);
            out.add(new Piece(op, last.text() + text));
        } else if (op == Op.REMOVED && out.size() >= 1 && out.get(out.size() - 1).op() == Op.ADDED) {
            Piece added = out.remove(out.size() - 1);
            add(out, Op.REMOVED, text);
            out.add(added);
        } else {
            out.add(new Piece(op, text));
        }
    }
}
