package plan.cli;

import picocli.CommandLine.ITypeConverter;
import plan.diag.Message;

/**
 * {@code --font}: a font file or an installed family's name. An empty or blank one names no font;
 * it is refused with the command line, as an empty path is ({@link PathArguments}), not after
 * every plan was checked.
 */
final class FontArgument implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        if (value.isBlank()) {
            throw new UsageProblem.BadValue(Message.of("cli.usage.empty-font"));
        }
        return value;
    }
}
