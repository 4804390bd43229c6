package plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import plan.model.Span;
import plan.model.Text;
import plan.model.ValueItem;

/**
 * Core values (ค่านิยม): the acronym, the motto and one item per letter, in the three ways offices
 * write an item: "O =organic = องค์กรมีชีวิต", "ยึดมั่นธรรมาภิบาล (Good Governance: G)" and
 * "B – Board หมายถึง การบริหาร...". The chapter's text is kept whole in the description as well.
 */
final class ValuesReader {
    private static final Pattern ACRONYM_THEN_MOTTO = Pattern.compile("^([A-Z][A-Z0-9]*(?:\\s+[A-Z0-9]+)?)\\s+(\\p{IsThai}.*)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ACRONYM = Pattern.compile("^[A-Z][A-Z0-9]{1,9}$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern QUOTED = Pattern.compile("^[“”\"']\\s*(.+?)\\s*[“”\"']$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ENDS_CONSISTS_OF = Pattern.compile("^(.{2,80}?)\\s*ประกอบด้วย$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<Pattern> ITEM_FORMS = List.of(
            // key = name = meaning
            Pattern.compile("^(?<key>\\S{1,3})\\s*=\\s*(?<name>[^=]+?)\\s*=\\s*(?<text>.+)$", Pattern.UNICODE_CHARACTER_CLASS),
            // meaning (Name: K)
            Pattern.compile("^(?<text>.+?)\\s*\\(\\s*(?<name>[A-Za-z][A-Za-z &-]*?)\\s*:\\s*(?<key>[A-Za-z0-9]{1,3})\\s*\\)$", Pattern.UNICODE_CHARACTER_CLASS),
            // K – Name หมายถึง meaning
            Pattern.compile("^(?<key>\\S{1,3})\\s*[–\\-=:]\\s*(?<name>[A-Za-z][A-Za-z &]*?)\\s+หมายถึง\\s*(?<text>.+)$", Pattern.UNICODE_CHARACTER_CLASS));

    String name;
    String motto;
    String label;
    boolean headingInDescription;
    List<ValueItem> items = List.of();

    /** Reads the heading ("ค่านิยมองค์กร OSEA 2 เป็นองค์กร...") and the chapter's paragraphs. */
    ValuesReader(Heading heading, List<RecognizedBlock> paras) {
        label = heading == null ? null : heading.text();
        if (heading != null && !heading.rest().isEmpty()) {
            Matcher m = ACRONYM_THEN_MOTTO.matcher(heading.rest());
            if (m.matches()) {
                name = m.group(1);
                motto = m.group(2);
                label = heading.word();
                headingInDescription = true; // the line holds more than a heading: keep it whole
            }
        }
        for (RecognizedBlock p : paras) {
            String t = p.text();
            if (name == null && ACRONYM.matcher(t).matches()) {
                name = t;
            } else if (motto == null && QUOTED.matcher(t).matches()) {
                motto = WhiteSpace.strip(QUOTED.matcher(t).replaceFirst("$1"));
            } else if (motto == null && ENDS_CONSISTS_OF.matcher(RecognizedBlock.oneLine(t)).matches() && !p.isItem()) {
                motto = ENDS_CONSISTS_OF.matcher(RecognizedBlock.oneLine(t)).replaceFirst("$1");
            }
        }
        List<ValueItem> best = List.of();
        for (Pattern form : ITEM_FORMS) {
            List<ValueItem> found = new ArrayList<>();
            for (RecognizedBlock p : paras) {
                Matcher m = form.matcher(p.itemText());
                if (m.matches()) {
                    String key = m.group("key").replaceAll("[^\\p{L}\\p{Nd}]", "").replaceAll("\\p{M}", "");
                    if (!key.isEmpty()) {
                        found.add(new ValueItem(text(key), text(m.group("name")), text(m.group("text")), Span.NONE));
                    }
                }
            }
            if (found.size() >= 2 && found.size() > best.size()) {
                best = found;
            }
        }
        items = best;
    }

    private static Text text(String s) {
        return new Text(MarkdownText.inline(WhiteSpace.strip(s)), Span.NONE);
    }
}
