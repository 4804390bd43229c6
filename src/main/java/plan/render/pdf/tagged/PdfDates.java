package plan.render.pdf.tagged;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What makes a PDF reproducible: its dates and its document id, never the clock or chance. A
 * build's incremental cache keys on {@link #epochSeconds} too, so a changed
 * {@code SOURCE_DATE_EPOCH} renders the PDFs again.
 */
public final class PdfDates {
    private PdfDates() {
    }

    /**
     * CreationDate and ModDate: {@code SOURCE_DATE_EPOCH} when the build sets it, otherwise the
     * first day of the plan's first fiscal year (1 October of the year before, in the Common
     * Era): a date that belongs to the plan, the same on every build.
     */
    public static long epochSeconds(int firstFiscalYearBuddhistEra) {
        String fixed = System.getenv("SOURCE_DATE_EPOCH");
        if (fixed != null && fixed.matches("\\d{1,12}")) {
            return Long.parseLong(fixed);
        }
        int commonEra = firstFiscalYearBuddhistEra - 543;
        return LocalDate.of(commonEra - 1, 10, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** The seed of the trailer /ID: the tool's version and the plan's source, line by line. */
    public static byte[] documentIdSeed(String toolVersion, List<String> sourceLines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(toolVersion.getBytes(StandardCharsets.UTF_8));
            for (String line : sourceLines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
