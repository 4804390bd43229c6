package plan.importer;

import plan.diag.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/** Reads a source file into blocks, choosing the reader by extension and checking the bytes. */
public final class SourceReader {
    /** Plans are a few dozen pages; anything far larger is not one, and is refused before it is read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    public static final Set<String> EXTENSIONS = Set.of("docx", "txt", "md");
    /** Kinds users will try, each refused with a message that says what to do instead. */
    public static final Set<String> REFUSED_EXTENSIONS = Set.of("doc", "pdf", "rtf", "odt");

    private SourceReader() {
    }

    public static SourceDocument read(Path file) throws ImportFailure {
        String name = file.getFileName().toString();
        String ext = SourceKind.extension(name);
        byte[] bytes = bytes(file);
        if (bytes.length == 0) {
            throw new ImportFailure(Message.of("import.empty"));
        }
        SourceKind kind = SourceKind.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, 8)));
        if (kind == SourceKind.TEXT && !EXTENSIONS.contains(ext)) {
            kind = switch (ext) {
                case "pdf" -> SourceKind.PDF;
                case "rtf" -> SourceKind.RTF;
                case "doc" -> SourceKind.OLE2;
                case "odt" -> throw new ImportFailure(Message.of("import.odt"));
                default -> throw new ImportFailure(Message.of("import.unknown-extension", ext));
            };
        }
        switch (kind) {
            case PDF -> throw new ImportFailure(Message.of("import.pdf"));
            case RTF -> throw new ImportFailure(Message.of("import.rtf"));
            case OLE2 -> throw ext.equals("docx") ? DocxReader.ole2(bytes) : DocxReader.oldDoc();
            case DOCX_ZIP -> {
                if (!ext.equals("docx")) {
                    throw new ImportFailure(Message.of("import.zip"));
                }
                return DocxReader.read(name, bytes);
            }
            default -> {
                if (ext.equals("docx")) {
                    throw new ImportFailure(Message.of("import.docx-damaged"));
                }
                return TextReader.read(name, bytes);
            }
        }
    }

    private static byte[] bytes(Path file) throws ImportFailure {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ImportFailure(Message.of("import.too-large", String.valueOf(MAX_BYTES >> 20)));
            }
            return bytes;
        } catch (IOException e) {
            throw new ImportFailure(Message.of("import.unreadable", String.valueOf(e.getMessage())), e);
        }
    }
}
