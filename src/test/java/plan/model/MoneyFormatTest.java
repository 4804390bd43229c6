package plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Amounts are written by one DecimalFormat of each kind a thread, as a new one for each amount would write them. */
class MoneyFormatTest {
    @Test
    void writtenAsAFreshFormatWouldWriteThem() {
        assertThat(Money.format(new BigDecimal("48500"))).isEqualTo("48,500");
        assertThat(Money.format(new BigDecimal("48500.00"))).isEqualTo("48,500");
        assertThat(Money.format(new BigDecimal("1250000.5"))).isEqualTo("1,250,000.50");
        assertThat(Money.format(new BigDecimal("-0.004"))).isEqualTo(fresh(new BigDecimal("-0.004")));
        for (BigDecimal amount : amounts(2_000, 1)) {
            assertThat(Money.format(amount)).as(amount.toPlainString()).isEqualTo(fresh(amount));
        }
    }

    @Test
    void threadsDoNotShareAFormat() throws Exception {
        List<BigDecimal> amounts = amounts(4_000, 2);
        List<String> want = amounts.stream().map(MoneyFormatTest::fresh).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> amounts.stream().map(Money::format).toList()));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(want);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whole amounts and amounts with satang (or finer, as a sum may be), negative ones, up to billions. */
    private static List<BigDecimal> amounts(int n, long seed) {
        Random random = new Random(seed);
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal a = BigDecimal.valueOf(random.nextLong(10_000_000_000_000L), random.nextInt(4));
            out.add(random.nextInt(10) == 0 ? a.negate() : a);
        }
        return out;
    }

    private static String fresh(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
