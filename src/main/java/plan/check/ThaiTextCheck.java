package plan.check;

import plan.diag.Message;
import plan.diag.Printable;
import plan.diag.Rule;
import plan.model.Text;

/**
 * thai-text: spelling damage that looks right on screen but breaks search, sorting and PDF
 * shaping: SARA AM typed as NIKHAHIT + SARA AA, vowel and tone marks with no letter under them
 * or typed in the wrong order, invisible zero-width characters, and bidirectional controls
 * (U+202E and the like), which make text show in another order than it is stored and read.
 */
final class ThaiTextCheck implements Check {
    private static final int NIKHAHIT = 0x0E4D;
    private static final int SARA_AA = 0x0E32;

    /** Where we are in a Thai syllable's stack of marks. */
    private enum Stack { NONE, LETTER, VOWEL, TONE }

    @Override
    public Rule rule() {
        return Rule.THAI_TEXT;
    }

    @Override
    public void check(CheckContext c) {
        TextWalk.walk(c, (text, key, required) -> {
            if (text != null && !text.isBlank()) {
                scan(c, text);
            }
        });
    }

    private void scan(CheckContext c, Text text) {
        String s = text.value();
        Stack stack = Stack.NONE;
        for (int i = 0, ch; i < s.length(); i += Character.charCount(ch)) {
            ch = s.codePointAt(i);
            if (Printable.isBidiControl(ch)) {
                report(c, text, i, Message.of("check.thai-bidi", String.format("U+%04X", ch)),
                        Message.of("check.thai-bidi.hint"));
                continue;
            }
            if (isZeroWidth(ch)) {
                report(c, text, i, Message.of("check.thai-zero-width", String.format("U+%04X", ch)),
                        Message.of("check.thai-zero-width.hint"));
                continue; // invisible: the stack goes on as if it were not there
            }
            if (ch == NIKHAHIT && isDecomposedSaraAm(s, i + Character.charCount(ch))) {
                report(c, text, i, Message.of("check.thai-sara-am"), Message.of("check.thai-sara-am.hint"));
                continue; // half of a vowel, not an upper mark: a tone mark may still follow it
            }
            if (isConsonant(ch)) {
                stack = Stack.LETTER;
            } else if (isVowelMark(ch)) {
                stack = mark(c, text, i, ch, stack, stack == Stack.LETTER, Stack.VOWEL);
            } else if (isToneMark(ch)) {
                stack = mark(c, text, i, ch, stack, stack == Stack.LETTER || stack == Stack.VOWEL, Stack.TONE);
            } else {
                stack = Stack.NONE;
            }
        }
    }

    private Stack mark(CheckContext c, Text text, int i, int ch, Stack stack, boolean fits, Stack after) {
        if (fits) {
            return after;
        }
        String name = String.format("U+%04X %s", ch, new String(Character.toChars(ch)));
        if (stack == Stack.NONE) {
            report(c, text, i, Message.of("check.thai-no-base", name), Message.of("check.thai-no-base.hint"));
        } else {
            report(c, text, i, Message.of("check.thai-order", name), Message.of("check.thai-order.hint"));
        }
        return after;
    }

    private void report(CheckContext c, Text text, int index, Message message, Message hint) {
        c.report(rule(), SourceSearch.locate(c.source(), text, index), message, hint);
    }

    /** NIKHAHIT then SARA AA, with the syllable's tone mark possibly typed between them (นํ้า). */
    private static boolean isDecomposedSaraAm(String s, int after) {
        int j = after;
        while (j < s.length() && s.charAt(j) >= 0x0E48 && s.charAt(j) <= 0x0E4B) {
            j++;
        }
        return j < s.length() && s.charAt(j) == SARA_AA;
    }

    static boolean isConsonant(int c) {
        return c >= 0x0E01 && c <= 0x0E2E;
    }

    /** Above and below vowels: sit on a letter, before any tone mark. */
    static boolean isVowelMark(int c) {
        return c == 0x0E31 || c >= 0x0E34 && c <= 0x0E3A;
    }

    /** Tone marks and the other upper signs (ไม้ไต่คู้, การันต์, นิคหิต, ยามักการ). */
    static boolean isToneMark(int c) {
        return c >= 0x0E47 && c <= 0x0E4E;
    }

    static boolean isZeroWidth(int c) {
        return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
    }
}
