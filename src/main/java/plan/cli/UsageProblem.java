package plan.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import plan.diag.Message;
import plan.diag.Printable;

/**
 * A command line picocli could not parse, as a message of the bundles: picocli words its own
 * messages in English only, so the kind of mistake is read from the exception (its class, the
 * option or parameter, the value) and worded again in the reader's language.
 */
final class UsageProblem {
    /** picocli's one message with no parts to read: an option's value missing, an unknown option in its place. */
    private static final Pattern OPTION_THEN_UNKNOWN =
            Pattern.compile("Unknown option: '(.*)'; Expected parameter .*for option '([^']*)'.*", Pattern.DOTALL);

    private UsageProblem() {
    }

    /** A value a converter of ours refused, with why in the bundles' words. */
    static final class BadValue extends TypeConversionException {
        private static final long serialVersionUID = 1L;
        private final transient Message why;

        BadValue(Message why) {
            super(why.key());
            this.why = why;
        }
    }

    /** The mistake, or null for one not told apart here (its English text is shown as it is). */
    static Message of(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return missing(m);
        }
        if (e instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return Message.of("cli.usage.once", name(o.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null && e.getCause() != null) {
            return Message.of("cli.usage.bad-value", name(e.getArgSpec()), Printable.of(e.getValue()), why(e));
        }
        return null;
    }

    /** What picocli suggests instead (a command, an option), or null for nothing. */
    static Message suggestion(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException u) || u.getSuggestions().isEmpty()) {
            return null;
        }
        List<String> suggestions = u.getSuggestions();
        if (u.isUnknownOption()) {
            return Message.of("cli.usage.similar-options", String.join(", ", suggestions));
        }
        String command = u.getCommandLine().getCommandName();
        return Message.of("cli.usage.did-you-mean",
                String.join(", ", suggestions.stream().map(s -> command + " " + s).toList()));
    }

    private static Message unmatched(UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty()) {
            Matcher m = OPTION_THEN_UNKNOWN.matcher(String.valueOf(u.getMessage()));
            return m.matches() ? Message.of("cli.usage.needs-value-found", m.group(2), Printable.of(m.group(1))) : null;
        }
        String quoted = String.join(", ", unmatched.stream().map(a -> "'" + Printable.of(a) + "'").toList());
        return Message.of(u.isUnknownOption() ? "cli.usage.unknown-option" : "cli.usage.unmatched", quoted);
    }

    private static Message missing(MissingParameterException m) {
        ArgSpec first = m.getMissing().get(0);
        if (first instanceof OptionSpec option) {
            String found = foundInstead(m.getMessage());
            return found == null ? Message.of("cli.usage.needs-value", option.longestName(), option.paramLabel())
                    : Message.of("cli.usage.needs-value-found", option.longestName(), Printable.of(found));
        }
        // What the parameter is, in the words of its help (the caller gave the command its help bundle).
        return Message.of("cli.usage.missing", name(first), String.join(" ", first.description()).replaceFirst("\\.$", ""));
    }

    /** "... but found 'X'": the argument read where an option's value should be. */
    private static String foundInstead(String message) {
        int at = message == null ? -1 : message.lastIndexOf(" but found '");
        return at < 0 || !message.endsWith("'") ? null : message.substring(at + 12, message.length() - 1);
    }

    /** An option by its long name, a parameter by its label. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : ((PositionalParamSpec) arg).paramLabel();
    }

    /** Why the value was refused: our converters say; picocli's own (enums, numbers) are worded here. */
    private static Message why(ParameterException e) {
        if (e.getCause() instanceof BadValue bad) {
            return bad.why;
        }
        Class<?> type = e.getArgSpec().type();
        if (type.isEnum()) {
            return Message.of("cli.usage.one-of", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Message.of("cli.usage.whole-number");
        }
        return Message.of("cli.usage.as-given", Printable.of(String.valueOf(e.getCause().getMessage())));
    }
}
