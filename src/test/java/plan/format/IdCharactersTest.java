package plan.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import plan.testing.Golden;

/**
 * The table of the characters of ids ({@code id-characters.txt}) is Unicode's as this JDK knows
 * it, or newer: wherever this JDK has a character's category the table agrees, and a character
 * this JDK does not know yet may be in it. A JDK of a newer Unicode fails here until the table
 * is made again from it ({@code -Dgolden.update=true}).
 */
class IdCharactersTest {
    private static final Path TABLE = Path.of("src/main/resources/plan/format", Ids.TABLE);

    @Test
    void theTableAgreesWithThisJdkWhereverItKnowsTheCharacter() throws IOException {
        if (Golden.updating()) {
            Files.writeString(TABLE, fromThisJdk());
        }
        List<String> disagreements = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            char jdk = kind(c);
            boolean unknownHere = Character.getType(c) == Character.UNASSIGNED;
            if (Ids.kind(c) != jdk && !unknownHere) {
                disagreements.add(String.format("U+%04X: table %s, this JDK %s", c, (int) Ids.kind(c), (int) jdk));
            }
        }
        assertThat(disagreements).as("make the table again with -Dgolden.update=true").isEmpty();
        assertThat(Ids.kind('ก')).isEqualTo(Ids.LETTER);
        assertThat(Ids.kind('\u0E48')).as("a Thai tone mark").isEqualTo(Ids.MARK);
        assertThat(Ids.kind('๕')).isEqualTo(Ids.DIGIT);
        assertThat((int) Ids.kind('-')).as("punctuation is written in the rule, not in the table").isZero();
        assertThat((int) Ids.kind(0x1D400)).as("a letter beyond the BMP is none").isZero();
    }

    /** The kind of a character as the id rule sees it, by this JDK's Unicode categories. */
    private static char kind(int c) {
        if (Character.isLetter(c)) {
            return Ids.LETTER;
        }
        if (Character.isDigit(c)) {
            return Ids.DIGIT;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK ? Ids.MARK : 0;
    }

    private static String fromThisJdk() {
        StringBuilder out = new StringBuilder("# The characters of ids by kind (L letter, D digit, M mark), FROM-TO in hexadecimal.\n"
                + "# Made from the Unicode tables of Java " + Runtime.version().feature()
                + " by IdCharactersTest with -Dgolden.update=true; read by plan.format.Ids.\n");
        int from = 0;
        for (int c = 1; c <= 0x10000; c++) { // the BMP: Ids takes nothing beyond it
            if (c > 0xFFFF || kind(c) != kind(from)) {
                if (kind(from) != 0) {
                    out.append(String.format("%04X-%04X %c%n", from, c - 1, kind(from)));
                }
                from = c;
            }
        }
        return out.toString();
    }
}
