package plan.importer;

import java.util.List;

/**
 * A source document as blocks, in reading order; {@code name} is its file name. In a
 * {@code lineBased} document (a text file) a block is one line, so a list item that runs over
 * several lines comes as several blocks.
 */
public record SourceDocument(String name, List<Block> blocks, boolean lineBased) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
    }
}
