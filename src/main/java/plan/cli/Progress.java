package plan.cli;

import java.io.PrintWriter;

/** A one-line progress counter for builds of many plans, only on a terminal; silent in CI logs. */
final class Progress {
    private static final int WORTH_SHOWING = 20;

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private long lastPrinted;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.shown = total >= WORTH_SHOWING && Terminal.isInteractive() && System.getenv("CI") == null;
    }

    synchronized void update(int done) {
        long now = System.nanoTime();
        if (!shown || done < total && now - lastPrinted < 100_000_000L) {
            return; // ten updates a second are plenty
        }
        lastPrinted = now;
        err.print("\rplan: rendering " + done + "/" + total);
        err.flush();
    }

    synchronized void done() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
