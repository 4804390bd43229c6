package plan.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * FreeMarker set up as DESIGN.md asks: templates are trusted code, the data is not. Fixed
 * incompatible improvements, HTML auto-escaping for {@code .ftlh}, no class instantiation, no
 * {@code ?api}, fixed locale and time zone, errors rethrown with the template's line. A user's
 * template folder overrides the built-in templates file by file. Thread-safe once built.
 */
public final class TemplateEngine {
    /**
     * What one template run may take. A user's template is trusted code, but a mistake in it (a
     * nested list of 10^12 steps, a huge range written out) must end in a template error, not in
     * a build that holds the output folder's lock for ever or runs out of memory.
     */
    public record Budget(Duration time, long maxChars) {
        /** A plan renders in milliseconds; its documents are well under a megabyte. */
        public static final Budget DEFAULT = new Budget(Duration.ofSeconds(10), 64L * 1024 * 1024);
    }

    private final Configuration config;
    private final Path userTemplates;
    private final Budget budget;
    /** Templates given loop checks for interruption (each once: the cache hands out one object). */
    private final Set<Template> interruptible = Collections.newSetFromMap(new IdentityHashMap<>());

    /** @param userTemplates a folder whose files replace the built-in ones of the same name, or null */
    public TemplateEngine(Path userTemplates) throws TemplateFailure {
        this(userTemplates, Budget.DEFAULT);
    }

    public TemplateEngine(Path userTemplates, Budget budget) throws TemplateFailure {
        this.userTemplates = userTemplates;
        this.budget = budget;
        config = new Configuration(Configuration.VERSION_2_3_34);
        try {
            TemplateLoader builtIn = new ClassTemplateLoader(TemplateEngine.class, "/templates");
            // Links are followed: the folder is the user's own code (a shared layout linked in).
            config.setTemplateLoader(userTemplates == null ? builtIn
                    : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userTemplates.toFile(), true),
                        builtIn}));
        } catch (IOException e) {
            throw new TemplateFailure(String.valueOf(userTemplates), 1, 1, "cannot use this template folder: "
                    + e.getMessage(), e);
        }
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer"); // 2566, never "2,566"
        config.setRecognizeStandardFileExtensions(true);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
    }

    public String render(String name, Map<String, Object> model) throws TemplateFailure {
        Template template;
        try {
            template = config.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(path(name), 1, 1, "template not found", e);
        } catch (ParseException e) {
            throw new TemplateFailure(path(e.getTemplateName() != null ? e.getTemplateName() : name), e.getLineNumber(),
                    e.getColumnNumber(), whole(e.getEditorMessage()), e);
        } catch (IOException | SecurityException e) {
            throw new TemplateFailure(path(name), 1, 1, "cannot read template: " + e.getMessage(), e);
        }
        makeInterruptible(template);
        BoundedWriter out = new BoundedWriter(budget.maxChars());
        Throwable[] failure = new Throwable[1];
        // A thread of its own, so that running out of time interrupts only this run.
        Thread run = Thread.ofVirtual().unstarted(() -> {
            try {
                template.process(model, out);
            } catch (Throwable t) { // OutOfMemoryError too: the template's range, not the build's bug
                failure[0] = t;
            }
        });
        run.start();
        boolean timedOut;
        try {
            timedOut = !run.join(budget.time());
            if (timedOut) {
                run.interrupt(); // stops at the next loop step, with the template's position
                run.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            run.interrupt();
            Thread.currentThread().interrupt();
            throw new TemplateFailure(path(name), 1, 1, "interrupted", e);
        }
        Throwable t = failure[0];
        if (!timedOut && t == null) {
            return out.toString();
        }
        String source = name;
        int line = 1;
        int column = 1;
        if (t instanceof TemplateException e) {
            source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            column = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
        }
        if (timedOut) {
            throw new TemplateFailure(path(source), line, column, "the template ran longer than "
                    + budget.time().toSeconds() + " s and was stopped (a loop without end, or over a huge range?)", t);
        }
        if (t.getCause() instanceof BoundedWriter.Full || t instanceof BoundedWriter.Full) {
            throw new TemplateFailure(path(source), line, column, "the template wrote more than "
                    + budget.maxChars() / (1024 * 1024) + " Mi characters and was stopped (a loop over a huge range?)", t);
        }
        if (t instanceof OutOfMemoryError) {
            throw new TemplateFailure(path(name), 1, 1, "the template ran out of memory and was stopped (a huge range"
                    + " or sequence?)", t);
        }
        if (t instanceof TemplateException e) {
            throw new TemplateFailure(path(source), line, column, whole(e.getMessageWithoutStackTop()), e);
        }
        if (t instanceof IOException e) {
            throw new TemplateFailure(path(name), 1, 1, e.getMessage(), e);
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) t;
    }

    /**
     * FreeMarker checks for interruption in loops only where a post-processor put checks; its
     * one entry to that is an internal API, stable across 2.3.x (the version is pinned).
     */
    private void makeInterruptible(Template template) {
        synchronized (interruptible) {
            if (interruptible.add(template)) {
                freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
            }
        }
    }

    /** Where a template is: the user's file as given (its folder and name), or the built-in name. */
    private String path(String name) {
        if (userTemplates != null && name != null && Files.exists(userTemplates.resolve(name))) {
            return userTemplates.resolve(name).toString();
        }
        return name;
    }

    /** FreeMarker's message in full (it explains and gives tips over several lines), trimmed. */
    private static String whole(String s) {
        if (s == null || s.isBlank()) {
            return "template error";
        }
        String text = s.strip();
        return text.length() > 4000 ? text.substring(0, 4000) + "…" : text;
    }

    /** A StringWriter that refuses to grow past a limit. */
    private static final class BoundedWriter extends Writer {
        /** Thrown when full: unchecked, so FreeMarker wraps it with the template's position. */
        static final class Full extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Full() {
                super("template output too large");
            }
        }

        private final StringBuilder text = new StringBuilder();
        private final long max;

        BoundedWriter(long max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            if (text.length() + (long) len > max) {
                throw new Full();
            }
            text.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            if (text.length() + (long) len > max) {
                throw new Full();
            }
            text.append(s, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
