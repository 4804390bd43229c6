package plan.diag;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Words messages in one language from the bundles {@code plan/diag/messages*.properties}. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;
    /** Each wording parsed once: a report of thousands of findings uses a few dozen. */
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = locale;
        // Asked for by the one language it has: a bundle the class path lacks (messages_en_US) is
        // looked for in every jar on it, which opens them all (about 20 ms of every start).
        Locale bundled = "th".equals(locale.getLanguage()) ? Locale.forLanguageTag("th") : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle("plan.diag.messages", bundled,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String format(Message message) {
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            // A missing wording is our bug, but the finding itself must still reach the user.
            return message.key() + " " + message.args();
        }
        // Numbers are passed as written: MessageFormat would print the year 2565 as "2,565".
        Object[] args = message.args().stream()
                .map(a -> a instanceof Message m ? format(m) : a instanceof Number n ? String.valueOf(n) : a)
                .toArray();
        MessageFormat format = formats.computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
        synchronized (format) { // a MessageFormat is not safe for threads
            return format.format(args);
        }
    }

    /** The word for a severity, or for a general label such as "hint", in this language. */
    public String word(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
