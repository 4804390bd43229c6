package plan.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import plan.format.Type.Dict;
import plan.format.Type.Either;
import plan.format.Type.Lazy;
import plan.format.Type.ListOf;
import plan.format.Type.Struct;

/**
 * {@link Keys} is the description's vocabulary, no more and no less: every name it holds is a key
 * of some mapping of a plan, framework or results file, and every key of those mappings is one
 * of its names, so a reader that names a key through it names one the binder knows.
 */
class KeysTest {
    @Test
    void keysAreExactlyTheKeysOfTheDescription() throws IllegalAccessException {
        Set<String> described = new TreeSet<>();
        for (FileKind kind : Format.STANDARD.fileKinds()) {
            collect(kind.root(), described, new java.util.HashSet<>());
        }
        Set<String> named = new TreeSet<>();
        for (Field f : Keys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                named.add((String) f.get(null));
            }
        }
        // The factor lists of the situation analysis are named by Analysis.List4, in one place too.
        for (Analysis.List4 list : Analysis.List4.values()) {
            described.remove(list.key());
        }
        described.remove(plan.model.OutlinePart.TITLE); // the keys of an outline part, named by the model
        described.remove(plan.model.OutlinePart.CHAPTERS);
        // A key added to the description with a typed name fails here: name it in Keys, and write the description with it.
        assertThat(named).as("the names of Keys against the keys of the description").isEqualTo(described);
    }

    @Test
    void theChapterListAndTheInheritedKeysAreTheDescriptionsOwn() {
        Struct plan = Format.STANDARD.plan().root();
        assertThat(Format.INHERITED).allSatisfy(k -> assertThat(plan.key(k)).as(k).isNotNull());
        assertThat(Format.PROJECT_FORM_KEYS).isNotEmpty();
        // A chapter prints the key it is named after; the budget adds up the projects', the alignment is the tool's.
        assertThat(Format.CHAPTERS).filteredOn(c -> plan.key(c) == null)
                .containsExactlyInAnyOrder(Keys.BUDGET, Format.ALIGNMENT);
    }

    private static void collect(Type type, Set<String> out, Set<Struct> seen) {
        if (type instanceof Struct s) {
            if (seen.add(s)) {
                for (Key k : s.keys()) {
                    out.add(k.name());
                    collect(k.type(), out, seen);
                }
            }
        } else if (type instanceof ListOf l) {
            collect(l.item(), out, seen);
        } else if (type instanceof Either e) {
            collect(e.struct(), out, seen);
        } else if (type instanceof Lazy l) {
            collect(l.get(), out, seen);
        } else if (type instanceof Dict d) {
            collect(d.value(), out, seen);
        }
    }
}
