package plan.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import plan.app.publish.Publisher;

/**
 * The index's lines of the results reports, as the build comes to know them: each report's
 * is known once its key is found current (the record keeps it) or, when it is to render, made
 * just before; the index waits until every one is known.
 */
final class ReportLines {
    private final CountDownLatch unknown;
    /** The lines of reports about to render, by results id: the record has them only once rendered. */
    private final Map<String, List<String>> made = new ConcurrentHashMap<>();

    ReportLines(int reports) {
        unknown = new CountDownLatch(reports);
    }

    /** The line of a report whose key was found current is in the record. */
    void kept() {
        unknown.countDown();
    }

    /** The line of report {@code id}, made before it renders. */
    void made(String id, List<String> line) {
        made.put(id, line);
        unknown.countDown();
    }

    /** Every line is known (or the build failed): the index waits no longer. */
    void allKnown() {
        while (unknown.getCount() > 0) {
            unknown.countDown();
        }
    }

    void await() throws InterruptedException {
        unknown.await();
    }

    /** The line made for report {@code id} in this build, else the record's ({@code rows}). */
    List<String> of(String id, Publisher rows) {
        List<String> line = made.get(id);
        return line != null ? line : rows.row(id);
    }
}
