package plan.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import plan.load.Limits;

/**
 * The format's records write equals, hashCode and toString out (a record's own are linked at run
 * time, on every start): they must still mean what a record's would, component by component.
 */
class WrittenOutEqualityTest {
    @Test
    void kindsAreEqualByName() {
        assertThat(new Kind("goal")).isEqualTo(Kind.GOAL).hasSameHashCodeAs(Kind.GOAL);
        assertThat(new Kind("goals")).isNotEqualTo(Kind.GOAL);
        assertThat(Kind.GOAL).isNotEqualTo("goal");
    }

    @Test
    void keysAreEqualByEveryComponent() {
        Key key = new Key("id", Type.Scalar.ID, true, false);
        assertThat(new Key("id", Type.Scalar.ID, true, false)).isEqualTo(key).hasSameHashCodeAs(key);
        assertThat(new Key("ids", Type.Scalar.ID, true, false)).isNotEqualTo(key);
        assertThat(new Key("id", Type.Scalar.TEXT, true, false)).isNotEqualTo(key);
        assertThat(new Key("id", Type.Scalar.ID, false, false)).isNotEqualTo(key);
        assertThat(new Key("id", Type.Scalar.ID, true, true)).isNotEqualTo(key);
    }

    @Test
    void structsAndFileKindsAreEqualByEveryComponent() {
        Type.Struct goal = struct("goal", Kind.GOAL, "id");
        assertThat(struct("goal", Kind.GOAL, "id")).isEqualTo(goal).hasSameHashCodeAs(goal);
        assertThat(struct("goals", Kind.GOAL, "id")).isNotEqualTo(goal);
        assertThat(struct("goal", Kind.MISSION, "id")).isNotEqualTo(goal);
        assertThat(struct("goal", null, "id")).isNotEqualTo(goal);
        assertThat(struct("goal", null, "id")).isEqualTo(struct("goal", null, "id"));
        assertThat(struct("goal", Kind.GOAL, "text")).isNotEqualTo(goal);

        FileKind plans = new FileKind("plan", List.of(".plan.yaml"), goal);
        assertThat(new FileKind("plan", List.of(".plan.yaml"), struct("goal", Kind.GOAL, "id")))
                .isEqualTo(plans).hasSameHashCodeAs(plans);
        assertThat(new FileKind("framework", List.of(".plan.yaml"), goal)).isNotEqualTo(plans);
        assertThat(new FileKind("plan", List.of(".plan.yml"), goal)).isNotEqualTo(plans);
        assertThat(new FileKind("plan", List.of(".plan.yaml"), struct("goal", Kind.GOAL, "text"))).isNotEqualTo(plans);
        assertThat(Format.STANDARD.framework()).isNotEqualTo(Format.STANDARD.kindOf("x.plan.yaml"));
    }

    /** Part of every check result's key: the text a record would make, so that results stay found. */
    @Test
    void limitsReadAsARecordWould() {
        assertThat(new Limits(1, 2, 3, 4)).hasToString("Limits[maxBytes=1, maxDepth=2, maxAliases=3, maxNodes=4]");
    }

    private static Type.Struct struct(String name, Kind identifies, String keyName) {
        return new Type.Struct(name, identifies, List.of(new Key(keyName, Type.Scalar.ID, true, false)));
    }
}
