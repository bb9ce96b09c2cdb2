package io.github.cwgan.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** In the listener's package: {@code ProgressLogger.line} and {@code format} are package-private. */
class ProgressLoggerTest {

    private static final long SECOND = 1_000_000_000L;

    private static IterationEvent event(long iteration, long last, long elapsedNanos) {
        return new IterationEvent(iteration, last, -0.0213, 0.0412, 0.0021, 0.0234, elapsedNanos);
    }

    @Test
    void every_zero_isRejected() {
        assertThatThrownBy(() -> ProgressLogger.every(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("progress interval")
                .hasMessageContaining("was 0");
    }

    @Test
    void every_negative_isRejected() {
        assertThatThrownBy(() -> ProgressLogger.every(-10, new CapturingLogger()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was -10");
    }

    @Test
    void every_nullLogger_isRejected() {
        assertThatThrownBy(() -> ProgressLogger.every(10, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("logger");
    }

    @Test
    void line_showsRateAndEta() {
        ProgressLogger p = ProgressLogger.every(1000, new CapturingLogger());
        p.onStart(new TrainingStart(1, 30_000, 10_000));

        // 3000 iterations in 49.02 s: 61.2 it/s; 27000 left / 61.2 it/s = 441 s
        String line = p.line(event(3000, 30_000, 49_020_000_000L));

        assertThat(line).isEqualTo("iteration 3000/30000 (10.0%)  61.2 it/s  critic -0.0213  generator 0.0412"
                + "  penalty 0.0021  W 0.0234  ETA 7m21s");
    }

    @Test
    void line_rateIsMeasuredSinceTheLastLine() {
        ProgressLogger p = ProgressLogger.every(1000, new CapturingLogger());
        p.onStart(new TrainingStart(1, 30_000, 10_000));
        p.line(event(3000, 30_000, 49_020_000_000L));

        // 3000 more iterations in 30 s: 100 it/s; 24000 left: 240 s
        String line = p.line(event(6000, 30_000, 79_020_000_000L));

        assertThat(line).startsWith("iteration 6000/30000 (20.0%)  100.0 it/s").endsWith("ETA 4m00s");
    }

    @Test
    void line_longRun_showsHoursAndMinutes() {
        ProgressLogger p = ProgressLogger.every(10, new CapturingLogger());
        p.onStart(new TrainingStart(1, 1_000_000, 100));

        // 1 it/s, 999 990 left = 277 h 46 min 30 s
        String line = p.line(event(10, 1_000_000, 10 * SECOND));

        assertThat(line).contains("(0.0%)  1.0 it/s").endsWith("ETA 277h46m");
    }

    @Test
    void line_noTimeElapsed_hasUnknownEta() {
        ProgressLogger p = ProgressLogger.every(1, new CapturingLogger());
        p.onStart(new TrainingStart(1, 100, 100));

        assertThat(p.line(event(1, 100, 0))).contains("0.0 it/s").endsWith("ETA ?");
    }

    @Test
    void line_lastIteration_hasZeroEta() {
        ProgressLogger p = ProgressLogger.every(50, new CapturingLogger());
        p.onStart(new TrainingStart(1, 100, 100));

        assertThat(p.line(event(100, 100, 2 * SECOND))).contains("(100.0%)  50.0 it/s").endsWith("ETA 0s");
    }

    @Test
    void line_continuedRun_countsFromItsFirstIteration() {
        ProgressLogger p = ProgressLogger.every(1000, new CapturingLogger());
        p.onStart(new TrainingStart(30_001, 40_000, 10_000));

        // 1000 iterations of this run in 10 s
        assertThat(p.line(event(31_000, 40_000, 10 * SECOND)))
                .startsWith("iteration 31000/40000 (77.5%)  100.0 it/s").endsWith("ETA 1m30s");
    }

    @Test
    void onIteration_logsEveryNthAndTheLast() {
        CapturingLogger log = new CapturingLogger();
        ProgressLogger p = ProgressLogger.every(1000, log);

        p.onStart(new TrainingStart(1, 2500, 100));
        for (long i = 1; i <= 2500; i++) {
            p.onIteration(event(i, 2500, i * SECOND / 100));
        }
        p.onEnd(new TrainingEnd(2500, 65 * SECOND));

        assertThat(log.lines).hasSize(5);
        assertThat(log.lines.get(0)).isEqualTo("training iterations 1..2500 on 100 rows");
        assertThat(log.lines.get(1)).startsWith("iteration 1000/2500 (40.0%)  100.0 it/s");
        assertThat(log.lines.get(2)).startsWith("iteration 2000/2500 (80.0%)  100.0 it/s");
        assertThat(log.lines.get(3)).startsWith("iteration 2500/2500 (100.0%)  100.0 it/s");
        assertThat(log.lines.get(4)).isEqualTo("training done: 2500 iterations in total, this run took 1m05s");
    }

    @Test
    void until_measuresProgressAcrossSeveralRuns() {
        CapturingLogger log = new CapturingLogger();
        ProgressLogger p = ProgressLogger.every(1000, log).until(4000);

        p.onStart(new TrainingStart(1, 2000, 100));
        for (long i = 1; i <= 2000; i++) {
            p.onIteration(event(i, 2000, i * SECOND / 100));
        }
        p.onEnd(new TrainingEnd(2000, 20 * SECOND));
        p.onStart(new TrainingStart(2001, 4000, 100));
        for (long i = 2001; i <= 4000; i++) {
            p.onIteration(event(i, 4000, (i - 2000) * SECOND / 50));
        }
        p.onEnd(new TrainingEnd(4000, 40 * SECOND));

        assertThat(log.lines.get(0)).isEqualTo("training iterations 1..2000 (of 4000) on 100 rows");
        assertThat(log.lines.get(1)).startsWith("iteration 1000/4000 (25.0%)  100.0 it/s").endsWith("ETA 30s");
        assertThat(log.lines.get(2)).startsWith("iteration 2000/4000 (50.0%)  100.0 it/s").endsWith("ETA 20s");
        assertThat(log.lines.get(3)).isEqualTo("training iterations 2001..4000 on 100 rows");
        assertThat(log.lines.get(4)).startsWith("iteration 3000/4000 (75.0%)  50.0 it/s").endsWith("ETA 20s");
        assertThat(log.lines).hasSize(7); // no "training done" after the intermediate run
        assertThat(log.lines.get(6)).isEqualTo("training done: 4000 iterations in total, this run took 40s");
        assertThatThrownBy(() -> ProgressLogger.every(10).until(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastIteration").hasMessageContaining("0");
    }

    @Test
    void format_durations() {
        assertThat(ProgressLogger.format(Duration.ofSeconds(0))).isEqualTo("0s");
        assertThat(ProgressLogger.format(Duration.ofSeconds(59))).isEqualTo("59s");
        assertThat(ProgressLogger.format(Duration.ofSeconds(60))).isEqualTo("1m00s");
        assertThat(ProgressLogger.format(Duration.ofSeconds(3599))).isEqualTo("59m59s");
        assertThat(ProgressLogger.format(Duration.ofSeconds(3600))).isEqualTo("1h00m");
        assertThat(ProgressLogger.format(Duration.ofSeconds(7 * 3600 + 5 * 60 + 59))).isEqualTo("7h05m");
    }
}
