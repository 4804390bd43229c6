package plan.app;

import java.nio.file.Path;
import java.util.Set;

import plan.render.site.OutputFormat;

/**
 * How to build: where, which formats, and the command line's overrides of project settings.
 *
 * @param templates  a template folder overriding the built-in templates, or null
 * @param thaiDigits Thai digits in every plan, whatever its project settings say
 * @param font       a font file or family for the PDF, or null for the bundled Sarabun
 * @param force      render every plan, even those whose documents are up to date
 */
public record BuildOptions(Path out, Set<OutputFormat> formats, Path templates, boolean thaiDigits, String font, boolean force) {
    public BuildOptions {
        formats = Set.copyOf(formats);
    }
}
