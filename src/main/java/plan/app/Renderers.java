package plan.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import plan.render.TemplateEngine;
import plan.render.TemplateFailure;
import plan.render.html.HtmlPageRenderer;
import plan.render.markdown.MarkdownRenderer;
import plan.render.pdf.FontException;
import plan.render.pdf.PdfFonts;
import plan.render.pdf.PdfRenderer;

/**
 * The renderers of one build, made once and shared by all plans (and threads): templates are
 * parsed once per template folder, fonts loaded once.
 */
final class Renderers {
    /** The renderers that use one template folder. */
    record ForTemplates(TemplateEngine engine, MarkdownRenderer markdown, HtmlPageRenderer html) {
    }

    private static final Path BUILT_IN = Path.of("");

    private final Map<Path, ForTemplates> byFolder = new ConcurrentHashMap<>();
    private final String font;
    private volatile PdfRenderer pdf;

    Renderers(String font) {
        this.font = font;
    }

    ForTemplates forTemplates(Path folder) throws TemplateFailure {
        Path key = folder == null ? BUILT_IN : folder.toAbsolutePath().normalize();
        ForTemplates known = byFolder.get(key);
        if (known != null) {
            return known;
        }
        TemplateEngine engine = new TemplateEngine(folder);
        ForTemplates made = new ForTemplates(engine, new MarkdownRenderer(engine), new HtmlPageRenderer(engine));
        ForTemplates raced = byFolder.putIfAbsent(key, made);
        return raced != null ? raced : made;
    }

    PdfRenderer pdf() throws FontException {
        PdfRenderer p = pdf;
        if (p == null) {
            synchronized (this) {
                if (pdf == null) {
                    pdf = new PdfRenderer(font == null ? PdfFonts.bundled() : PdfFonts.named(font));
                }
                p = pdf;
            }
        }
        return p;
    }
}
