package plan.app.check;

import java.nio.file.Path;

import plan.model.Text;

/** The {@code lang:} of the {@code plan.config.yaml} that governs a folder, for the language of messages. */
public final class ConfigLanguage {
    private ConfigLanguage() {
    }

    /**
     * "th", "en", or null when the nearest configuration (in the folder or above it) sets none or
     * cannot be read: its mistakes are reported by {@code plan check}, not here.
     */
    public static String near(Path folder) {
        Text lang = new Configs().governing(folder.toAbsolutePath().resolve(ConfigLanguage.class.getSimpleName())).config().lang();
        return lang == null ? null : lang.value();
    }
}
