package plan.cli;

import java.nio.file.Path;

import picocli.CommandLine.ITypeConverter;
import plan.diag.Message;

/**
 * Arguments that name a file or folder. An empty or blank one names none: {@code Path.of("")}
 * is the working folder, so {@code --out ""} would write the site there without a word, and
 * {@code " "} a folder of that name. Either is a usage error (exit 2), worded as every refused
 * value is ({@link UsageProblem}).
 */
final class PathArguments {
    private PathArguments() {
    }

    /** Every {@link Path} of every command (registered on the command line, see {@link Main}). */
    static final class NonBlankPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return Path.of(NonBlankText.given(value));
        }
    }

    /** A path taken as text (plans' PATHs, diff's OLD and NEW, import's --base): named in its annotation. */
    static final class NonBlankText implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return given(value);
        }

        static String given(String value) {
            if (value.isBlank()) {
                throw new UsageProblem.BadValue(Message.of("cli.usage.empty-path"));
            }
            return value;
        }
    }
}
