package plan.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Items numbered from the order of items, the official way (guideline 1.1 of strategy 1, 1.1.1
 * under it): the content template writes them as a bullet list whose every item's text starts
 * with its number, so the Markdown reads as the document does. HTML and PDF print such a list
 * without bullets, each number hanging in the margin left of the text it numbers.
 */
public final class NumberedItems {
    /** Two or more numbers joined by dots, in either digits, then the space before the text. */
    private static final Pattern NUMBER = Pattern.compile("^([0-9\u0E50-\u0E59]+(?:\\.[0-9\u0E50-\u0E59]+)+) ");

    private NumberedItems() {
    }

    /** The number a text starts with ({@code 1.2} of "1.2 สอนเสริม…"), or null. */
    public static String leadingNumber(CharSequence text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The number that starts an item's first text, or null. */
    public static String numberOf(ListItem item) {
        Text first = firstText(item);
        return first == null ? null : leadingNumber(first.getChars());
    }

    /** A bullet list every item of which starts with its number. */
    public static boolean isNumbered(Node list) {
        if (!(list instanceof BulletList) || list.getFirstChild() == null) {
            return false;
        }
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem li) || numberOf(li) == null) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} is the text a numbered list's item starts with (its number first). */
    public static boolean startsNumberedItem(Text text) {
        return text.getPrevious() == null && text.getParent() instanceof Paragraph p && p.getPrevious() == null
                && p.getParent() instanceof ListItem item && isNumbered(item.getParent());
    }

    private static Text firstText(ListItem item) {
        return item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text t ? t : null;
    }
}
