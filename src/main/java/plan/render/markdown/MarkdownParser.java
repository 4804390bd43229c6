package plan.render.markdown;

import java.util.List;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

import plan.model.MarkdownNesting;

/** The one Markdown dialect of plan: CommonMark with GFM tables and strikethrough. */
public final class MarkdownParser {
    private static final Parser PARSER;
    /** Plain CommonMark, as a viewer without GFM extensions reads our Markdown. */
    private static final Parser PLAIN = Parser.builder().build();

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        // GFM table semantics: a header row is required, cells may hold inline Markdown.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.WITH_CAPTION, false); // GFM has no table captions
        PARSER = Parser.builder(options).build();
    }

    /** Texts at least this long are whole documents, worth remembering (see {@link #LAST}). */
    static final int DOCUMENT_LENGTH = 1024;

    /**
     * The last document parsed on this thread, with its text: a plan's Markdown is parsed by
     * {@link SafeMarkdown} to make it safe and again, as it came out, to render it (HTML and PDF),
     * and parsing was the largest cost of both after the PDF. The trees are only read after
     * parsing, so the same text can be given the same tree. Short texts (fields, labels) are not
     * remembered, so parsing them in between does not push the document out. Per thread, not
     * owned by a build: the tree is a function of the text alone, so whichever build on this
     * thread parsed it, the answer is the same, and a thread holds one document at most.
     */
    private static final ThreadLocal<Parsed> LAST = new ThreadLocal<>();

    private record Parsed(String text, Document document) {
    }

    private MarkdownParser() {
    }

    /**
     * Parsers are thread-safe once built: one for the whole run. The tree comes back flattened
     * beyond the nesting a page can show (see {@link NestingFlattener}). Callers must not change
     * it: a document's tree may be given again for the same text.
     */
    public static Document parse(String markdown) {
        boolean whole = markdown.length() >= DOCUMENT_LENGTH;
        if (whole) {
            Parsed last = LAST.get();
            if (last != null && last.text.equals(markdown)) {
                return last.document;
            }
        }
        Document document = PARSER.parse(markdown);
        NestingFlattener.flatten(document);
        if (whole) {
            LAST.set(new Parsed(markdown, document));
        }
        return document;
    }

    public static Document parsePlain(String markdown) {
        Document document = PLAIN.parse(markdown);
        NestingFlattener.flatten(document);
        return document;
    }

    /**
     * One field of a plan as written, e.g. a title for the PDF's metadata: flattened first as
     * {@link SafeMarkdown} does, since such text has not been through it.
     */
    public static Document parseField(String markdown) {
        return parse(MarkdownNesting.flattened(markdown));
    }

    public static com.vladsch.flexmark.util.data.DataHolder options() {
        return PARSER.getOptions();
    }
}
