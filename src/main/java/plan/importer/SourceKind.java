package plan.importer;

import java.util.Locale;

/**
 * What a source file is, from its first bytes, so that a PDF named .txt or an old .doc named
 * .docx gets the message that helps, not a parser's complaint.
 */
enum SourceKind {
    DOCX_ZIP, OLE2, PDF, RTF, TEXT;

    static SourceKind sniff(byte[] head) {
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return DOCX_ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2; // old binary Word, or an encrypted .docx (Office wraps those in OLE2)
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (startsWith(head, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        return TEXT;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
