package plan.render.pdf;

import java.util.List;

/**
 * A table's column widths from its content, like a browser's automatic table layout with one
 * difference: figures are kept whole. A column of right-aligned cells (amounts, targets) is as
 * wide as its widest figure, its header allowed to wrap between words; the text columns (an
 * indicator, a project's name) share the rest, each at least as wide as its longest word, and get
 * any room left over. Only when figures cannot stay whole even in the smallest type do they wrap
 * like text.
 */
final class ColumnWidths {
    /** A cell as the widths see it; {@code right}: right-aligned, the mark of a figure. */
    record Cell(String text, boolean bold, boolean header, int span, boolean right) {
    }

    /** How wide a text is, in points at the table's nominal size, and where it may break. */
    interface Measure {
        float width(String text, boolean bold);

        String[] words(String text);
    }

    /** The scale of the table's type and the columns' widths in points. */
    record Sizing(float scale, float[] widths) {
    }

    private static final float SCALE_STEP = 0.05f;

    private ColumnWidths() {
    }

    /**
     * @param extra      what a cell adds to its text's width (padding, borders, a point to spare)
     * @param scale      the type's scale to start from (wide tables start smaller)
     * @param minScale   the smallest scale the type may shrink to so that words fit
     */
    static Sizing of(List<List<Cell>> rows, int columns, float available, Measure measure, float extra,
            float scale, float minScale) {
        float[] min = new float[columns];
        float[] pref = new float[columns];
        float[] figure = new float[columns];
        float[] headerWord = new float[columns];
        float[] headerLine = new float[columns];
        boolean[] numeric = new boolean[columns];
        boolean[] text = new boolean[columns];
        for (List<Cell> row : rows) {
            int col = 0;
            for (Cell cell : row) {
                if (cell.span() == 1 && col < columns) {
                    float line = 0;
                    for (String l : cell.text().split("\n")) {
                        line = Math.max(line, measure.width(l, cell.bold()));
                    }
                    float word = 0;
                    for (String w : measure.words(cell.text())) {
                        word = Math.max(word, measure.width(w, cell.bold()));
                    }
                    pref[col] = Math.max(pref[col], line);
                    min[col] = Math.max(min[col], word);
                    if (cell.header()) {
                        headerWord[col] = Math.max(headerWord[col], word);
                        headerLine[col] = Math.max(headerLine[col], line);
                    } else if (cell.right()) {
                        numeric[col] = true;
                        figure[col] = Math.max(figure[col], line);
                    } else if (!cell.text().isBlank()) {
                        text[col] = true;
                    }
                }
                col += cell.span();
            }
        }
        boolean[] rigid = new boolean[columns];
        float[] least = new float[columns];
        for (int c = 0; c < columns; c++) {
            rigid[c] = numeric[c] && !text[c];
            least[c] = rigid[c] ? Math.max(figure[c], headerWord[c]) : min[c];
        }
        float start = scale;
        scale = shrink(least, start, minScale, extra, available);
        if (sum(least, scale, extra) > available) {
            // Even in the smallest type the figures do not fit whole: they wrap like text.
            rigid = new boolean[columns];
            least = min;
            scale = shrink(least, start, minScale, extra, available);
        }
        float[] minWidths = new float[columns];
        float[] prefWidths = new float[columns];
        for (int c = 0; c < columns; c++) {
            minWidths[c] = least[c] * scale + extra;
            float wanted = rigid[c] ? Math.max(figure[c], headerLine[c]) : pref[c];
            prefWidths[c] = Math.max(wanted * scale + extra, minWidths[c]);
        }
        return new Sizing(scale, share(minWidths, prefWidths, rigid, available));
    }

    /** Smaller type, step by step to a floor, until the least widths fit. */
    private static float shrink(float[] least, float scale, float minScale, float extra, float available) {
        while (scale > minScale && sum(least, scale, extra) > available) {
            scale -= SCALE_STEP;
        }
        return scale;
    }

    private static float sum(float[] widths, float scale, float extra) {
        float sum = 0;
        for (float w : widths) {
            sum += w * scale + extra;
        }
        return sum;
    }

    /**
     * Figure columns ({@code rigid}) get their least width; narrow text columns (codes, short
     * names) all they want, so they do not wrap; the wide ones share the rest: at least their
     * longest word, the remainder in proportion to what they lack. Room left when everything fits
     * first puts the figures' headers on one line, then goes to the text columns.
     */
    static float[] share(float[] min, float[] pref, boolean[] rigid, float available) {
        int columns = min.length;
        float[] w = new float[columns];
        boolean[] fixed = new boolean[columns];
        float remaining = available;
        int open = 0;
        for (int c = 0; c < columns; c++) {
            if (rigid[c]) {
                fixed[c] = true;
                w[c] = min[c];
                remaining -= min[c];
            } else {
                open++;
            }
        }
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float fair = remaining / open;
            for (int c = 0; c < columns; c++) {
                if (!fixed[c] && pref[c] <= fair) {
                    fixed[c] = true;
                    w[c] = pref[c];
                    remaining -= pref[c];
                    open--;
                    changed = true;
                }
            }
        }
        if (open > 0) {
            float minSum = 0;
            float prefSum = 0;
            for (int c = 0; c < columns; c++) {
                if (!fixed[c]) {
                    minSum += min[c];
                    prefSum += pref[c];
                }
            }
            for (int c = 0; c < columns; c++) {
                if (fixed[c]) {
                    continue;
                }
                if (minSum >= remaining) {
                    // Even the longest words do not fit: shrink in proportion (words will have to break).
                    w[c] = min[c] / minSum * Math.max(remaining, 0);
                } else {
                    w[c] = min[c] + (remaining - minSum) * (pref[c] - min[c]) / (prefSum - minSum);
                }
            }
            return w;
        }
        // Everything fits: headers of figures on one line where the room allows, left to right.
        for (int c = 0; c < columns; c++) {
            if (rigid[c] && pref[c] - w[c] <= remaining) {
                remaining -= pref[c] - w[c];
                w[c] = pref[c];
            }
        }
        widen(w, rigid, remaining);
        return w;
    }

    /** Spreads {@code spare} over the text columns in proportion to their widths (over all if none). */
    private static void widen(float[] w, boolean[] rigid, float spare) {
        float sum = 0;
        for (int c = 0; c < w.length; c++) {
            sum += rigid[c] ? 0 : w[c];
        }
        boolean all = sum == 0;
        if (all) {
            for (float x : w) {
                sum += x;
            }
        }
        for (int c = 0; c < w.length; c++) {
            if (sum <= 0) {
                w[c] += spare / w.length; // nothing to measure: equal columns
            } else if (all || !rigid[c]) {
                w[c] += w[c] / sum * spare;
            }
        }
    }
}
