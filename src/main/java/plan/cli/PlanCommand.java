package plan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code plan}: the top command; does nothing by itself but show help. The descriptions of every
 * command and option are in the help bundles, {@code plan/cli/help*.properties} (see {@link HelpWords}).
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = PlanCommand.Version.class)
public final class PlanCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. Main adds them itself rather than through
     * the annotation: picocli reads every option of every subcommand it is given, a third of a
     * cold {@code plan check}, so a run that names its command gets that command alone.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, BuildCommand.class,
            MergeCommand.class, ImportCommand.class, InitCommand.class, SchemaCommand.class, DiffCommand.class,
            ServeCommand.class);

    /** The subcommand a run names first, or all of them when it names none (help, a typo). */
    static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> type : SUBCOMMANDS) {
                if (type.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(type);
                }
            }
        }
        return SUBCOMMANDS;
    }

    @Spec
    CommandSpec spec;

    /** The language of help here, and of the command that follows when it has no {@code --lang} of its own. */
    @picocli.CommandLine.Option(names = "--lang", paramLabel = "LANG")
    ReportOptions.Lang lang;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version and commit stamped into the jar at build time (version.properties). */
    public static final class Version implements IVersionProvider {
        /** Read once per JVM on first use: fixed data of the jar. */
        private static volatile Properties stamped;

        /** The help bundle that words the version line; null: English (picocli makes this class at every start). */
        private final java.util.ResourceBundle words;

        public Version() {
            this(null);
        }

        Version(java.util.ResourceBundle words) {
            this.words = words;
        }

        @Override
        public String[] getVersion() {
            return new String[] {java.text.MessageFormat.format(
                    (words != null ? words : HelpWords.bundle(ReportOptions.Lang.en)).getString("version"), number(), commit())};
        }

        /** The release number, set once in pom.xml. */
        public static String number() {
            return stamp().getProperty("version", "unknown");
        }

        /** The commit the jar was built from, or "unknown" outside a git checkout. */
        public static String commit() {
            return stamp().getProperty("commit", "unknown");
        }

        private static Properties stamp() {
            Properties p = stamped;
            if (p == null) {
                p = new Properties();
                try (InputStream in = PlanCommand.class.getResourceAsStream("/plan/version.properties")) {
                    if (in != null) {
                        p.load(in);
                    }
                } catch (IOException e) {
                    // Unreadable: the version reads "unknown", as for a jar built without one.
                }
                stamped = p;
            }
            return p;
        }
    }
}
