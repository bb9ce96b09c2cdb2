package io.github.cwgan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cwgan.examples.Main;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void tinyRun_writesJsonWithEveryRepetition(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bench.json");
        int status = Main.run("bench", "--workloads", "batch32,sample", "--reps", "2", "--iterations", "3",
                "--warmup", "1", "--samples", "1000", "--json", json.toString());
        assertThat(status).isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode b32 = root.path("training").path("batch32");
        assertThat(b32.path("repetitions")).hasSize(2);
        assertThat(b32.path("median").asDouble()).isPositive();
        assertThat(b32.path("iterationsPerRepetition").asInt()).isEqualTo(3);
        assertThat(b32.path("cpuMillisPerIteration").path("repetitions")).hasSize(2);
        assertThat(root.path("sampling").path("samplesPerCall").asInt()).isEqualTo(1000);
        assertThat(root.path("machine").path("cores").asInt()).isPositive();
        assertThat(root.has("memory")).isFalse();
    }

    @Test
    void unknownWorkload_isRejected() {
        assertThat(Main.run("bench", "--workloads", "batch64")).isEqualTo(1);
    }

    @Test
    void memoryRunNotLongerThanItsMark_isRejected() {
        assertThat(Main.run("bench", "--workloads", "memory", "--memory-iterations", "1000")).isEqualTo(1);
    }
}
