package plan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plan}: the top command; does nothing by itself but show help. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = PlanCommand.Version.class,
        subcommands = {CheckCommand.class, BuildCommand.class, MergeCommand.class, ImportCommand.class,
                InitCommand.class, SchemaCommand.class, DiffCommand.class,
                ServeCommand.class},
        description = "Checks and renders strategic plans written as *.plan.yaml files.")
public final class PlanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version stamped into the jar at build time. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"plan " + number()};
        }

        public static String number() {
            try (InputStream in = PlanCommand.class.getResourceAsStream("/plan/version.properties")) {
                Properties p = new Properties();
                if (in != null) {
                    p.load(in);
                }
                return p.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
