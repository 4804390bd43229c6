package plan.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/** The reasons a system gives most are said in the reader's language, not in the system's English. */
class IoReasonTest {
    private static final Messages TH = new Messages(Locale.forLanguageTag("th"));

    @Test
    void knownReasonsAreWordedInThai() {
        assertThat(TH.format(IoReason.message(new FileSystemException("/x", null, "Not a directory"))))
                .isEqualTo("มีส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์");
        assertThat(TH.format(IoReason.message(new FileSystemException("/x", null, "No space left on device")))).isEqualTo("ดิสก์เต็ม");
        assertThat(TH.format(IoReason.message(new FileSystemException("C:\\x.csv", null,
                "The process cannot access the file because it is being used by another process"))))
                .startsWith("มีโปรแกรมอื่นเปิดไฟล์นี้อยู่");
        assertThat(TH.format(IoReason.message(new FileSystemException("/x", null, "Operation not permitted")))).isEqualTo("ไม่มีสิทธิ์");
    }

    @Test
    void anUnknownReasonIsPassedOnAsGiven() {
        assertThat(TH.format(IoReason.message(new IOException("Stale file handle")))).isEqualTo("Stale file handle");
    }

    @Test
    void anOutBelowAFileIsRefusedInThai(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("outfile"), "x");
        Cli.Result r = Cli.run("build", "examples/minimal.plan.yaml", "--out", file.resolve("sub").toString(), "--lang", "th");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("ไม่ใช่โฟลเดอร์").doesNotContain("Not a directory");
    }
}
