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

    private MarkdownParser() {
    }

    /**
     * Parsers are thread-safe once built: one for the whole run. The tree comes back flattened
     * beyond the nesting a page can show (see {@link NestingFlattener}).
     */
    public static Document parse(String markdown) {
        Document document = PARSER.parse(markdown);
        NestingFlattener.flatten(document);
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
