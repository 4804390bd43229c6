package plan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import plan.serve.PortInUse;
import plan.serve.Serve;
import plan.serve.ServeOptions;

/** {@code plan serve [PATH...] [--port N] [--open]}: a live preview, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000")
    int port;

    @Option(names = "--open")
    boolean open;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Parameters(arity = "0..*", paramLabel = "PATH", defaultValue = ".", converter = PathArguments.NonBlankText.class)
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println(report.messages().format(plan.diag.Message.of("cli.serve.port", port)));
            return ExitCodes.USAGE;
        }
        Serve serve;
        try {
            serve = Serve.start(new ServeOptions(paths, port, templates, PlanCommand.Version.number()), report.messages(), err);
        } catch (PortInUse e) {
            err.println("plan: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C: close the server and the watcher before the JVM goes, so the port is free at once.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serve.close();
            stopped.countDown();
        }, "plan-serve-stop"));
        out.println(serve.url());
        out.flush();
        err.println(report.messages().format(plan.diag.Message.of("cli.serve.started", serve.summary(), serve.url())));
        err.flush();
        if (open) {
            openBrowser(serve.url(), err, report.messages());
        }
        stopped.await();
        return ExitCodes.OK;
    }

    /** The desktop's own opener; without one (a server, a container) the printed URL is enough. */
    private static void openBrowser(URI url, PrintWriter err, plan.diag.Messages words) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url.toString())
                : os.contains("mac") ? List.of("open", url.toString()) : List.of("xdg-open", url.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            err.println(words.format(plan.diag.Message.of("cli.serve.no-browser", command.get(0), url)));
        }
    }
}
