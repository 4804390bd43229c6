package plan.render.pdf;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** The Thai test plan as Markdown, parsed the way the HTML stage parses it. */
final class Fixture {
    static final long EPOCH = 1_700_000_000L; // 2023-11-14T22:13:20Z

    private Fixture() {
    }

    static String markdown() {
        try (InputStream in = Fixture.class.getResourceAsStream("fixture.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        return Parser.builder(options).build().parse(markdown);
    }

    static PdfDocumentInfo info(long epoch, boolean thaiDigits) {
        return new PdfDocumentInfo("แผนพัฒนาการศึกษาขั้นพื้นฐาน ระยะ 5 ปี", "ฉบับทบทวนเพื่อใช้ในการประชุมคณะกรรมการ",
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 9", "พ.ศ. 2566–2570", "th-TH", thaiDigits,
                "สารบัญ", "หน้า", epoch, sha256(markdown()));
    }

    static byte[] render(PdfRenderer renderer, String markdown, PdfDocumentInfo info) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(parse(markdown), info, out);
        return out.toByteArray();
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
