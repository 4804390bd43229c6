package plan.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;

/**
 * Every page of a built site passes the Nu HTML Checker (the engine behind validator.w3.org/nu),
 * run in-process with its bundled schemas: no network. Errors fail; warnings are printed only.
 */
class NuHtmlCheckerTest {
    /** Collects what the checker reports, with the line it found it on. */
    static final class Findings implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        void clear() {
            errors.clear();
            warnings.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(line(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(line(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(line(e));
        }

        private static String line(SAXParseException e) {
            return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plan.render.html.Site#pages")
    void pageHasNoErrors(Path page) throws Exception {
        Findings findings = check(page);
        findings.warnings.forEach(w -> System.out.println("Nu warning " + page.getFileName() + ":" + w));
        assertThat(findings.errors).as("Nu HTML Checker errors in %s", page.getFileName()).isEmpty();
    }

    /** The checker is live: a page with a known error is reported, so a silent setup cannot pass. */
    @Test
    void reportsAKnownError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.html"),
                "<!DOCTYPE html><html lang=th><title>x</title><p><div>y</div><img src=a.png></html>");
        assertThat(check(bad).errors).anyMatch(e -> e.contains("alt"));
    }

    @Test
    void stylesheetHasNoErrors() throws Exception {
        Findings findings = onCheckerThread(v -> v.checkCssFile(Site.root().resolve("assets/plan.css").toFile(), true));
        assertThat(findings.errors).as("CSS errors in plan.css").isEmpty();
    }

    /** What the checker reports of {@code page}. */
    static Findings check(Path page) throws Exception {
        return onCheckerThread(v -> v.checkHtmlFile(page.toFile(), true));
    }

    /** One use of the checker. */
    private interface Use {
        void on(SimpleDocumentValidator validator) throws Exception;
    }

    /**
     * One checker, set up once and used for every file, as the checker's own command line checks
     * many files with one (setting up its schemas costs more than a page), on a thread of its
     * own with a deep stack: its schema walk recurses deeper than a test thread's stack holds
     * when the JVM runs the quick compiler alone. Tests running side by side take turns.
     */
    private static final ExecutorService CHECKER_THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(null, task, "nu-html-checker", 256L << 20);
        t.setDaemon(true);
        return t;
    });
    private static final Findings REPORTED = new Findings();
    /** Made on the checker's thread when first used, and only used there. */
    private static SimpleDocumentValidator checker;

    private static Findings onCheckerThread(Use use) throws Exception {
        try {
            return CHECKER_THREAD.submit(() -> {
                if (checker == null) {
                    checker = validator(REPORTED);
                }
                REPORTED.clear();
                use.on(checker);
                Findings found = new Findings();
                found.errors.addAll(REPORTED.errors);
                found.warnings.addAll(REPORTED.warnings);
                return found;
            }).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static SimpleDocumentValidator validator(Findings findings) throws Exception {
        // As the checker's own command line sets itself up: the HTML schema with its Schematron
        // and assertion checks, no external entities, language detection on.
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, findings);
        validator.setUpValidatorAndParsers(findings, true, false);
        return validator;
    }
}
