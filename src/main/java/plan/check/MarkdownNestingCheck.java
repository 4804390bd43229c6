package plan.check;

import plan.diag.Message;
import plan.diag.Rule;
import plan.model.MarkdownNesting;

/**
 * markdown-nesting: no text or markdown field nests quotations and lists, or emphasis, deeper
 * than a page can show ({@link MarkdownNesting}). Text fields count too: the content template
 * puts them into Markdown, where a vision of {@code > > > ...} would nest as well.
 */
final class MarkdownNestingCheck implements Check {
    @Override
    public Rule rule() {
        return Rule.MARKDOWN_NESTING;
    }

    @Override
    public void check(CheckContext c) {
        TextWalk.walk(c, (text, key, required) -> {
            if (text == null) {
                return;
            }
            MarkdownNesting.Finding found = MarkdownNesting.firstTooDeep(text.value());
            if (found == null) {
                return;
            }
            Message message = switch (found.kind()) {
                case BLOCKS -> Message.of("check.nesting-blocks", key, MarkdownNesting.MAX_DEPTH);
                case EMPHASIS -> Message.of("check.nesting-emphasis", key, MarkdownNesting.MAX_EMPHASIS_RUN);
                case TABLE -> Message.of("check.nesting-table", key, MarkdownNesting.MAX_TABLE_CELLS);
            };
            c.report(rule(), SourceSearch.locate(c.source(), text, found.index()), message,
                    Message.of("check.nesting.hint"));
        });
    }
}
