package plan.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF's greenfield validator, in-process: whether a PDF conforms to a standard and, when it
 * does not, which rules it breaks (clause, test number, description, how often).
 */
public final class VeraPdf {
    /** The two standards every PDF that {@code plan} writes claims. */
    public static final List<PDFAFlavour> CLAIMED = List.of(PDFAFlavour.PDFUA_2, PDFAFlavour.PDFA_4);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** A failed rule, e.g. {@code PDF/UA-2 8.2.5.26-1 (3x): Table element ...}. */
    public record Failure(String standard, String clause, int test, int count, String description) {
        @Override
        public String toString() {
            return standard + " " + clause + "-" + test + " (" + count + "x): " + description;
        }
    }

    /** The rules {@code pdf} breaks for {@code flavour}, in clause order; empty when it conforms. */
    public static List<Failure> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Failure> sorted = new TreeMap<>();
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                RuleId id = e.getKey();
                Rule rule = validator.getProfile().getRuleByRuleId(id);
                String description = rule == null ? "" : rule.getDescription();
                sorted.put(id.getClause() + "-" + id.getTestNumber(), new Failure(flavour.getId(), id.getClause(),
                        id.getTestNumber(), e.getValue(), description));
            }
            List<Failure> out = new ArrayList<>(sorted.values());
            if (out.isEmpty() && !result.isCompliant()) {
                out.add(new Failure(flavour.getId(), "?", 0, 1, "not compliant: " + result.getJobEndStatus()));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF: " + e, e);
        }
    }

    /** The rules {@code pdf} breaks of every claimed standard. */
    public static List<Failure> failuresOfClaimed(byte[] pdf) {
        List<Failure> all = new ArrayList<>();
        for (PDFAFlavour f : CLAIMED) {
            all.addAll(failures(pdf, f));
        }
        return all;
    }
}
