package plan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import plan.diag.Findings;
import plan.diag.Source;

/**
 * Loading takes shortcuts for the usual file (UTF-8 decoded by the String constructor, allowed
 * characters skipped without a code point walk); what it reads and refuses is what the strict
 * decoder and the full walk give.
 */
class LoadShortcutsTest {
    /** Bytes of valid and broken UTF-8, controls, surrogates (raw and as escapes) and noncharacters. */
    private static final String[] PIECES = {"v: ", "\n", "ก", "a", " ", "\t", "\r", "\uFFFD", "\u2028", "\u0085",
            "\u007f", "\u009b", "\uFDD0", "\uFFFE", "\u00a0", "\u2027", "\u2030", "😀", "\"\\0\"", "\"\\x9b\"",
            "\"\\uD800\"", "\"\\e\"", "\"\\u2029\""};
    private static final byte[][] BROKEN = {{(byte) 0xE0, 0x41}, {(byte) 0xBC}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {0}, {0x1b}};

    @Test
    void whatIsReadAndRefusedIsWhatTheStrictWalkGives() {
        Random random = new Random(11);
        int refused = 0;
        int read = 0;
        for (int i = 0; i < 5_000; i++) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes("v: ".getBytes(StandardCharsets.UTF_8));
            for (int p = random.nextInt(10); p > 0; p--) {
                file.writeBytes(random.nextInt(8) == 0 ? BROKEN[random.nextInt(BROKEN.length)]
                        : PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
            }
            byte[] bytes = file.toByteArray();
            Findings findings = new Findings("t.plan.yaml");
            Loaded loaded = new PlanLoader(Limits.DEFAULT).load(bytes, findings);
            String strict = strict(bytes);
            if (strict == null) {
                assertThat(findings.sorted()).as("%s", java.util.HexFormat.of().formatHex(bytes)).isNotEmpty();
                assertThat(loaded.source().lines()).isEmpty();
                refused++;
                continue;
            }
            assertThat(loaded.source()).isEqualTo(Source.of("t.plan.yaml", strict));
            int at = firstForbiddenInFile(strict);
            if (at >= 0) { // reported alone, at its line and column (in code points)
                String before = strict.substring(0, at);
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                int column = before.substring(before.lastIndexOf('\n') + 1).codePointCount(0,
                        before.length() - before.lastIndexOf('\n') - 1) + 1;
                assertThat(loaded.root()).isNull();
                assertThat(findings.sorted()).singleElement()
                        .satisfies(d -> assertThat(d.line() + ":" + d.column()).isEqualTo(line + ":" + column));
            }
            read++;
        }
        assertThat(refused).isGreaterThan(500);
        assertThat(read).isGreaterThan(500);
    }

    @Test
    void aValueIsSearchedForForbiddenCharactersAsTheFullWalkDid() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String value = "ก" + c + "a";
            int expected = value.codePoints().filter(ControlCharacters::forbiddenInValue).findFirst().orElse(-1);
            assertThat(ControlCharacters.firstInValue(value)).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }

    private static int firstForbiddenInFile(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (ControlCharacters.forbiddenInFile(text.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
