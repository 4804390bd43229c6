package plan.render.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic to Thai digits (๐–๙) in rendered Markdown, for documents that ask for them. Sources
 * keep Arabic digits so that search and copy work; link destinations, anchors and the HTML of
 * anchors are left alone so that links still resolve.
 */
public final class ThaiDigits {
    /** Spans that must keep their digits: link destinations, anchor tags, code spans. */
    private static final Pattern KEEP = Pattern.compile("\\]\\([^)]*\\)|<a id=\"[^\"]*\"></a>|`[^`]*`|^\\s*\\d+[.)] ",
            Pattern.MULTILINE);

    private ThaiDigits() {
    }

    public static String of(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(c >= '0' && c <= '9' ? 0x0E50 + (c - '0') : c));
        return b.toString();
    }

    /** Converts digits in {@code markdown} outside the spans that must keep them. */
    public static String inMarkdown(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        Matcher m = KEEP.matcher(markdown);
        int last = 0;
        while (m.find()) {
            out.append(of(markdown.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        return out.append(of(markdown.substring(last))).toString();
    }
}
