package plan.importer;

import java.util.List;

/** Which digits a source writes its numbers in, so that the documents come out in the same. */
final class Digits {
    private Digits() {
    }

    /** Mostly Thai digits (๐-๙): more of them than of Arabic ones, and a few at least. */
    static boolean thaiMostly(List<RecognizedBlock> paras) {
        long thai = 0;
        long arabic = 0;
        for (RecognizedBlock p : paras) {
            String t = p.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c >= '\u0E50' && c <= '\u0E59') {
                    thai++;
                } else if (c >= '0' && c <= '9') {
                    arabic++;
                }
            }
        }
        return thai >= 3 && thai > arabic;
    }
}
