package plan.importer;

import java.util.List;

/**
 * A source document as blocks, in reading order; {@code name} is its file name. In a
 * {@code lineBased} document (a text file) a block is one line, so a list item that runs over
 * several lines comes as several blocks. {@code images}: the pictures and charts met, each
 * described by its kind and alternative text (a placeholder paragraph stands where each was).
 */
public record SourceDocument(String name, List<Block> blocks, boolean lineBased, List<String> images) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
        images = List.copyOf(images);
    }

    public SourceDocument(String name, List<Block> blocks, boolean lineBased) {
        this(name, blocks, lineBased, List.of());
    }
}
