package plan.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;

import plan.app.check.UsageException;
import plan.diag.Messages;
import plan.render.site.OutputFormat;

/**
 * {@code plan serve}: renders the site once, serves it on 127.0.0.1 and renders it again after
 * every change of its inputs, telling the open pages that changed to update. Nothing is written to disk.
 */
public final class Serve implements AutoCloseable {
    private final LiveSite site;
    private final PreviewServer server;
    private final InputWatcher watcher;

    private Serve(LiveSite site, PreviewServer server, InputWatcher watcher) {
        this.site = site;
        this.server = server;
        this.watcher = watcher;
    }

    /**
     * Starts serving.
     *
     * @param log where a line goes after each render (how many plans have errors)
     * @throws PortInUse   when the port is taken
     * @throws UsageException when a path given cannot be read
     */
    public static Serve start(ServeOptions options, Messages messages, PrintWriter log) throws IOException, UsageException {
        LiveSite site = new LiveSite(options, messages);
        WatchedInputs inputs = new WatchedInputs(options, site);
        // The plans as they were before the first render: one saved during it is then seen as changed.
        InputSnapshot before = inputs.snapshot();
        site.render(null, state -> { });
        PreviewServer server = PreviewServer.start(site, options.port());
        InputWatcher[] watcher = new InputWatcher[1];
        watcher[0] = new InputWatcher(inputs, before, options, change -> {
            try {
                long start = System.nanoTime();
                boolean[] logged = {false};
                site.render(change, state -> {
                    server.changed(state);
                    if (!logged[0]) { // the first state shown: the pages of the plans saved
                        logged[0] = true;
                        log.println("plan: rendered again in " + (System.nanoTime() - start) / 1_000_000 + " ms: "
                                + summary(state));
                    }
                });
            } catch (UsageException e) {
                log.println("plan: " + e.message(messages));
            }
        });
        watcher[0].start();
        return new Serve(site, server, watcher[0]);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    /** The version of the site served: grows with every change that reached it. */
    public long version() {
        return site.state().version();
    }

    /** True when changes are found by polling alone (see {@link ServeOptions#notifications}). */
    boolean polling() {
        return watcher.polling();
    }

    public String summary() {
        return summary(site.state());
    }

    private static String summary(SiteState state) {
        long plans = state.documents().names().stream().filter(n -> !n.contains("/") && OutputFormat.HTML.names(n)
                && !n.equals(SitePaths.INDEX)).count();
        return plans + " plan(s) served" + (state.broken().isEmpty() ? "" : ", " + state.broken().size()
                + " with errors: " + String.join(", ", state.broken().keySet()))
                + (state.failure() == null ? "" : "; the site could not be rendered");
    }

    @Override
    public void close() {
        watcher.close();
        site.close();
        server.close();
    }
}
