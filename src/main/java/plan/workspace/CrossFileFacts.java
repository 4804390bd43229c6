package plan.workspace;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.check.LogoFiles;
import plan.format.Alignments;
import plan.format.Format;
import plan.format.Keys;
import plan.format.Kind;
import plan.model.Framework;
import plan.model.Plan;
import plan.model.Text;
import plan.model.Value;
import plan.model.Waiver;

/**
 * What the rules across files need of a file, taken once while its model is in hand: its id,
 * what it holds (item id to kind) and, for a plan, what it aligns with. Small, so a workspace of
 * ten thousand files keeps all of them while the models themselves may go (see {@link ReloadableModel}).
 *
 * @param id    the plan's or framework's id; null where the file was not bound
 * @param kind  {@link Kind#PLAN} or {@link Kind#FRAMEWORK}; null where the file was not bound
 * @param waivers the plan's waivers, which the policy reads
 * @param digits the plan's own {@code digits} as written ({@code thai}, {@code arabic}), "" where it
 *               has none, null for a file that is no plan: a build's render key needs it, so a
 *               rebuild makes the keys of unchanged plans without their models
 * @param logo   the plan's {@code organization.logo} as written, "" where it has none, null for a
 *               file that is no plan: the render key hashes the file it names, and a rebuild
 *               finds it here instead of reading every plan file again
 * @param logoLook how the logo file looked ({@link LogoFiles#look}) just before the check read it, "" where
 *               there is no logo: the plan's check read the file, so a remembered check holds only
 *               while the file looks the same
 */
public record CrossFileFacts(Text id, Kind kind, Map<String, Kind> items, Alignments alignments, List<Waiver> waivers,
                    String digits, String logo, String logoLook) {
    static final CrossFileFacts NONE = new CrossFileFacts(null, null, Map.of(), null, List.of(), null, null, "");

    public CrossFileFacts {
        waivers = List.copyOf(waivers);
    }

    /** @param logoLook how the plan's logo file looked before its check ({@link #logoLook(Plan)}) */
    static CrossFileFacts of(Format format, Plan plan, Framework framework, String logoLook) {
        if (framework != null) {
            Map<String, Kind> items = new LinkedHashMap<>();
            framework.itemsById().keySet().forEach(id -> items.put(id, Kind.FRAMEWORK_ITEM));
            return new CrossFileFacts(framework.id(), Kind.FRAMEWORK, items, null, List.of(), null, null, "");
        }
        if (plan == null) {
            return NONE;
        }
        Alignments a = Alignments.of(format.plan().root(), plan.tree());
        Map<String, Kind> items = new HashMap<>();
        a.items().forEach(i -> items.putIfAbsent(i.id().value(), i.kind()));
        Text digits = plan.tree().text(Keys.DIGITS);
        return new CrossFileFacts(plan.id(), Kind.PLAN, items, a, plan.waivers(), digits == null ? "" : digits.value(),
                logoOf(plan), logoLook);
    }

    /** The plan's {@code organization.logo} as written, or "": the one reading of it for checks and renders. */
    public static String logoOf(Plan plan) {
        Value.Mapping organization = plan.tree().mapping(Keys.ORGANIZATION);
        Text logo = organization == null ? null : organization.text(Keys.LOGO);
        return logo == null ? "" : logo.value();
    }

    /** How the logo file of {@code plan} looks now ({@link LogoFiles#look}); "" where there is no plan, no file name or no logo. */
    static String logoLook(Plan plan) {
        String logo = plan == null || plan.file() == null ? "" : logoOf(plan);
        return logo.isBlank() ? "" : LogoFiles.look(LogoFiles.resolve(plan.file(), logo));
    }

    /**
     * Whether the logo file looks as it did when the plan of these facts was checked, the plan
     * being the file {@code planFile}: true where there is no logo.
     */
    boolean logoAsChecked(String planFile) {
        return logo == null || logo.isBlank() || LogoFiles.look(LogoFiles.resolve(planFile, logo)).equals(logoLook);
    }
}
