package plan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import plan.cli.Main;
import plan.format.Format;
import plan.format.Type;

/**
 * The Thai guide keeps up with the tool, as docs/format.md does: every command is named in it
 * (as {@code plan NAME}), and so is every top-level key of a plan file and of plan.config.yaml
 * (in a code span or a YAML example), and it has a chapter on each task a new user meets.
 */
class GuideCompletenessTest {
    private static final Path GUIDE = Path.of("docs", "guide.th.md");

    @Test
    void everyCommandIsNamedInTheGuide() throws IOException {
        String guide = Files.readString(GUIDE);
        Set<String> missing = new TreeSet<>();
        for (String command : Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().keySet()) {
            if (!guide.contains("plan " + command)) {
                missing.add("plan " + command);
            }
        }
        assertThat(missing).as("commands the guide does not name").isEmpty();
    }

    @Test
    void everyTopLevelKeyIsNamedInTheGuide() throws Exception {
        String guide = Files.readString(GUIDE);
        Set<String> missing = new TreeSet<>();
        Type.Struct root = (Type.Struct) Format.STANDARD.plan().root();
        for (var key : root.keys()) {
            if (!named(guide, key.name())) {
                missing.add(key.name());
            }
        }
        var config = Class.forName("plan.bind.ConfigBinder").getDeclaredField("KEYS");
        config.setAccessible(true);
        for (Object key : (List<?>) config.get(null)) {
            if (!named(guide, (String) key)) {
                missing.add("plan.config.yaml: " + key);
            }
        }
        assertThat(missing).as("top-level keys the guide does not name").isEmpty();
    }

    /** The chapters a new user needs, by words of their headings. */
    @Test
    void theGuideHasAChapterForEachTask() throws IOException {
        List<String> headings = Files.readAllLines(GUIDE).stream().filter(l -> l.startsWith("#")).toList();
        for (String chapter : List.of("ติดตั้ง", "เริ่มแผนใหม่", "แผนปฏิบัติการ", "ตรวจแผน", "อ่านข้อความแจ้งปัญหา",
                "สร้างเอกสาร", "นำเข้า", "plan serve", "plan diff", "CI")) {
            assertThat(headings).as("a heading naming " + chapter).anyMatch(h -> h.contains(chapter));
        }
    }

    /** As a key in a code span (`key`, `key:`) or at the start of a line of a YAML example. */
    private static boolean named(String guide, String key) {
        return guide.contains("`" + key + "`") || guide.contains("`" + key + ":")
                || java.util.regex.Pattern.compile("(?m)^\\s*(- )?" + java.util.regex.Pattern.quote(key) + ":").matcher(guide).find();
    }
}
