package plan.model;

import java.util.List;
import java.util.Map;

/**
 * The situation analysis (SWOT): its four lists of factors by list key ({@code strengths},
 * {@code weaknesses}, {@code opportunities}, {@code threats}), each present list in the order
 * written, with the span of its key (where a rule about the whole list is reported).
 */
public record SituationAnalysis(Map<String, FactorList> lists, Span span) {
    public SituationAnalysis {
        lists = Map.copyOf(lists);
    }

    /** One list of factors and where its key is. */
    public record FactorList(List<Factor> factors, Span span) {
        public FactorList {
            factors = List.copyOf(factors);
        }
    }

    /** The factors of list {@code key}, empty when the list is absent. */
    public List<Factor> factors(String key) {
        FactorList l = lists.get(key);
        return l == null ? List.of() : l.factors();
    }
}
