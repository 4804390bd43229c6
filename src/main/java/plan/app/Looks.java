package plan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import plan.check.LogoFiles;
import plan.model.Logo;
import plan.model.Style;
import plan.model.Text;
import plan.model.Value;
import plan.render.site.Look;

/**
 * The look of each plan of one build: its style (the command line's, else the plan's, else its
 * configuration's, else official) and its logo, each logo file read and measured once for the
 * whole build however many plans and pages show it.
 */
final class Looks {
    private final Map<Path, Logo> logos = new ConcurrentHashMap<>();

    Look of(CheckedPlan checked, BuildOptions options) throws IOException {
        Value.Mapping tree = checked.plan().tree();
        Text written = tree.text("style");
        Style style = Style.resolve(options.style(), written == null ? null : Style.of(written.value()),
                checked.config().style());
        Value.Mapping organization = tree.mapping("organization");
        Text logo = organization == null ? null : organization.text("logo");
        if (logo == null || logo.value().isBlank()) {
            return new Look(style, null);
        }
        Path file = LogoFiles.resolve(checked.file().path().toString(), logo.value());
        try {
            return new Look(style, logos.computeIfAbsent(file, f -> {
                LogoFiles.Read read = LogoFiles.read(f, logo.value());
                if (read.logo() == null) {
                    // Checked before the build; a file changed since then stops it with the same words.
                    throw new UncheckedIOException(new IOException(checked.file().displayPath() + ": "
                            + new plan.diag.Messages(java.util.Locale.ENGLISH).format(read.problem())));
                }
                return read.logo();
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
