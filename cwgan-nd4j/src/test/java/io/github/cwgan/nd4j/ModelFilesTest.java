package io.github.cwgan.nd4j;

import static io.github.cwgan.nd4j.ModelFixtures.assertSameSnapshot;
import static io.github.cwgan.nd4j.ModelFixtures.seedConfig;
import static io.github.cwgan.nd4j.ModelFixtures.snapshot;
import static io.github.cwgan.nd4j.ModelFixtures.tinyConfig;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cwgan.ModelFormatException;
import io.github.cwgan.WganConfig;
import io.github.cwgan.nd4j.ModelFiles.LoadedModel;
import io.github.cwgan.nd4j.ModelSnapshot.AdamSnapshot;
import io.github.cwgan.nd4j.ModelSnapshot.TrainingSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Provenance PROVENANCE = new Provenance("cwgan", "9.9.9", "17.0.1", "nd4j-native",
            "1.0.0-M2.1", 2469L, Instant.parse("2024-05-06T07:08:09.123456Z"));

    @TempDir
    Path dir;

    /** A good file of the tiny configuration with a checkpoint, for the corruption tests. */
    private Path good;

    @BeforeEach
    void writeGoodFile() throws IOException {
        good = dir.resolve("good.json");
        ModelFiles.write(good, snapshot(tinyConfig(), true, 7L), PROVENANCE);
    }

    // ------------------------------------------------------------------------------------ round trips

    @Test
    void seedConfig_withoutCheckpoint_roundTripsBitForBit() throws IOException {
        ModelSnapshot s = snapshot(seedConfig(), false, 1L);
        Path file = dir.resolve("seed.json");
        ModelFiles.write(file, s, PROVENANCE);
        LoadedModel loaded = ModelFiles.readModel(file);
        assertSameSnapshot(loaded.snapshot(), s);
        assertThat(loaded.provenance()).isEqualTo(PROVENANCE);
        assertThat(loaded.snapshot().config().seed()).isEqualTo(42L);
        assertThat(loaded.snapshot().config().gradientPenalty()).isEqualTo(0.1);
    }

    @Test
    void seedConfig_withCheckpoint_roundTripsBitForBit() throws IOException {
        ModelSnapshot s = snapshot(seedConfig(), true, 2L);
        Path file = dir.resolve("seed-checkpoint.json");
        ModelFiles.write(file, s, PROVENANCE);
        assertSameSnapshot(ModelFiles.read(file), s);
    }

    @Test
    void seedConfig_withoutCheckpoint_isUnderOneMegabyte() throws IOException {
        Path file = dir.resolve("seed.json");
        ModelFiles.write(file, snapshot(seedConfig(), false, 1L));
        // 103 554 floats = 414 216 bytes, base64 552 288 chars, plus about 2 kB of JSON
        assertThat(Files.size(file)).isLessThan(600_000L);
    }

    @Test
    void namedOneHot_leakyReluElu_extremeSeed_roundTrip() throws IOException {
        WganConfig<Integer> config = tinyConfig();
        ModelSnapshot loaded = ModelFiles.read(good);
        assertSameSnapshot(loaded, snapshot(config, true, 7L));
        assertThat(loaded.config().condition().parameters())
                .containsEntry("names", List.of("north", "east", "south"));
        assertThat(loaded.config().generator().activations().get(0).alpha()).isEqualTo(0.2);
        assertThat(loaded.config().generator().activations().get(1).alpha()).isEqualTo(0.75);
        assertThat(loaded.config().seed()).isEqualTo(0x8000_0000_0000_0001L);
    }

    @Test
    void seeds_atTheEndsOfLong_roundTripExactly() throws IOException {
        for (long seed : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, (1L << 53) + 1, -1L}) {
            WganConfig<Integer> c = seedConfig();
            WganConfig<Integer> config = new WganConfig<>(c.dataDimension(), c.noiseDimension(), c.condition(),
                    c.generator(), c.critic(), c.criticIterations(), c.gradientPenalty(),
                    c.generatorOptimizer(), c.criticOptimizer(), c.batchSize(), seed, c.batchSampling(), c.generatorAveraging());
            Path file = dir.resolve("seed-" + seed + ".json");
            ModelFiles.write(file, snapshot(config, false, 3L), PROVENANCE);
            assertThat(ModelFiles.read(file).config().seed()).isEqualTo(seed);
        }
    }

    @Test
    void stream_roundTrips_andNamesTheSourceInErrors() throws IOException {
        ModelSnapshot s = snapshot(tinyConfig(), false, 8L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.write(out, s, PROVENANCE);
        assertSameSnapshot(ModelFiles.read(new ByteArrayInputStream(out.toByteArray()), "memory"), s);
        assertThatThrownBy(() -> ModelFiles.read(new ByteArrayInputStream("[]".getBytes(UTF_8)), "classpath:x.json"))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith("classpath:x.json: ");
    }

    @Test
    void file_usesLogicalNames_neverJavaClassNames() throws IOException {
        String text = Files.readString(good);
        assertThat(text).doesNotContain("@class", "io.github", "java.", "OneHot", "WITH_REPLACEMENT")
                .contains("\"format\" : \"cwgan-model\"", "\"formatVersion\" : 1", "\"type\" : \"one-hot\"",
                        "\"type\" : \"leaky-relu\"", "\"type\" : \"adam\"", "\"batchSampling\" : \"with-replacement\"",
                        "\"dtype\" : \"float32\"", "\"shape\" : [ 4, 5 ]");
        assertThat(text).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void file_isByteIdentical_forTheSameSnapshotAndProvenance() throws IOException {
        Path again = dir.resolve("again.json");
        ModelFiles.write(again, snapshot(tinyConfig(), true, 7L), PROVENANCE);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(good));
    }

    @Test
    void provenance_current_describesThisProcess() throws IOException {
        Provenance p = Provenance.current(17L);
        assertThat(p.library()).isEqualTo("cwgan");
        assertThat(p.libraryVersion()).isNotBlank();
        assertThat(p.javaVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(p.backend()).isEqualTo("nd4j-native");
        assertThat(p.backendVersion()).isEqualTo("1.0.0-M2.1");
        assertThat(p.iterations()).isEqualTo(17L);
        Path file = dir.resolve("now.json");
        ModelFiles.write(file, snapshot(tinyConfig(), false, 1L));
        assertThat(ModelFiles.readModel(file).provenance().iterations()).isEqualTo(2469L);
    }

    @Test
    void unknownExtraFields_areIgnored() throws IOException {
        Path file = corrupt(root -> {
            root.put("comment", "added by a later version");
            ((ObjectNode) root.get("config")).putObject("scheduler").put("type", "cosine");
            ((ObjectNode) root.at("/generator/layers/0/weight")).put("checksum", "abc");
        });
        assertSameSnapshot(ModelFiles.read(file), snapshot(tinyConfig(), true, 7L));
    }

    @Test
    void nullCheckpoint_readsAsSamplingOnlyModel() throws IOException {
        Path file = corrupt(root -> root.putNull("checkpoint"));
        assertThat(ModelFiles.read(file).checkpoint()).isNull();
    }

    // ------------------------------------------------------------------------------------ rejections

    @Test
    void notJson_isRejected() throws IOException {
        Path file = dir.resolve("model.pkl");
        Files.write(file, new byte[] {(byte) 0x80, 0x04, (byte) 0x95, 0x10, 0, 0, 0, 0, 0, 0, 0});
        rejects(file).hasMessageContaining("not JSON");
        Files.writeString(file, "format = cwgan-model\n");
        rejects(file).hasMessageContaining("not JSON").hasMessageContaining("line 1");
    }

    @Test
    void trailingGarbage_isRejected() throws IOException {
        Path file = dir.resolve("trailing.json");
        Files.writeString(file, Files.readString(good) + "{}");
        rejects(file).hasMessageContaining("not JSON: more text follows the end of the JSON document")
                .message().doesNotContain("com.fasterxml");
    }

    @Test
    void duplicateFields_areRejected() throws IOException {
        Path file = dir.resolve("duplicate.json");
        Files.writeString(file, Files.readString(good).replaceFirst("\\{", "{ \"iterations\" : 1,"));
        rejects(file).hasMessageContaining("not JSON").hasMessageContaining("iterations");
    }

    @Test
    void truncatedFile_isRejected() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        for (int length : new int[] {1, 30, bytes.length / 2, bytes.length - 3}) {
            Path file = dir.resolve("truncated-" + length + ".json");
            Files.write(file, Arrays.copyOf(bytes, length));
            rejects(file).hasMessageContaining("truncated").hasMessageContaining("ends early");
        }
    }

    @Test
    void emptyFile_isRejected() throws IOException {
        Path file = dir.resolve("empty.json");
        Files.write(file, new byte[0]);
        rejects(file).hasMessageContaining("empty");
    }

    @Test
    void documentThatIsNotAnObject_isRejected() throws IOException {
        Path file = dir.resolve("array.json");
        Files.writeString(file, "[1, 2, 3]");
        rejects(file).hasMessageContaining("not a cwgan model file").hasMessageContaining("an array");
    }

    @Test
    void wrongFormatName_isRejected() throws IOException {
        rejects(corrupt(root -> root.put("format", "tribuo-model")))
                .hasMessageContaining("not a cwgan model file")
                .hasMessageContaining("\"tribuo-model\"").hasMessageContaining("\"cwgan-model\"");
        rejects(corrupt(root -> root.remove("format")))
                .hasMessageContaining("missing field 'format'");
    }

    @Test
    void newerFormatVersion_isRejected() throws IOException {
        rejects(corrupt(root -> root.put("formatVersion", 3)))
                .hasMessageContaining("written by format 3, this library reads up to 2");
        rejects(corrupt(root -> root.put("formatVersion", 0)))
                .hasMessageContaining("formatVersion").hasMessageContaining(">= 1");
        rejects(corrupt(root -> root.put("formatVersion", "1")))
                .hasMessageContaining("formatVersion: must be an integer >= 1 (this library reads 1 to 2)")
                .hasMessageContaining("the string \"1\"");
        rejects(corrupt(root -> root.put("formatVersion", 2.5)))
                .hasMessageContaining("formatVersion: must be an integer >= 1").hasMessageContaining("2.5");
    }

    @Test
    void missingFields_areRejected_byPath() throws IOException {
        rejects(corrupt(root -> ((ObjectNode) root.get("config")).remove("batchSize")))
                .hasMessageContaining("missing field 'config.batchSize'");
        rejects(corrupt(root -> root.remove("generator")))
                .hasMessageContaining("missing field 'generator'");
        rejects(corrupt(root -> ((ObjectNode) root.at("/config/critic")).remove("dropouts")))
                .hasMessageContaining("missing field 'config.critic.dropouts'");
        rejects(corrupt(root -> ((ObjectNode) root.at("/config/generator/activations/0")).remove("alpha")))
                .hasMessageContaining("missing field 'config.generator.activations[0].alpha'");
        rejects(corrupt(root -> ((ObjectNode) root.at("/generator/layers/1/bias")).remove("data")))
                .hasMessageContaining("missing field 'generator.layers[1].bias.data'");
        rejects(corrupt(root -> ((ObjectNode) root.get("checkpoint")).remove("rng")))
                .hasMessageContaining("missing field 'checkpoint.rng'");
        rejects(corrupt(root -> ((ObjectNode) root.get("provenance")).remove("savedAt")))
                .hasMessageContaining("missing field 'provenance.savedAt'");
    }

    @Test
    void wrongTypes_areRejected_byPath() throws IOException {
        rejects(corrupt(root -> ((ArrayNode) root.at("/config/generator/hidden")).set(1, "wide")))
                .hasMessageContaining("config.generator.hidden[1]: must be an integer")
                .hasMessageContaining("the string \"wide\"");
        rejects(corrupt(root -> ((ObjectNode) root.get("config")).put("seed", 42.5)))
                .hasMessageContaining("config.seed: must be an integer").hasMessageContaining("42.5");
        rejects(corrupt(root -> ((ObjectNode) root.get("config")).put("seed", new java.math.BigInteger("1" + "0".repeat(20)))))
                .hasMessageContaining("config.seed: must be an integer in [" + Long.MIN_VALUE);
        rejects(corrupt(root -> ((ObjectNode) root.get("config")).put("gradientPenalty", "10")))
                .hasMessageContaining("config.gradientPenalty: must be a number");
        rejects(corrupt(root -> root.put("config", "none")))
                .hasMessageContaining("config: must be an object, found the string \"none\"");
        rejects(corrupt(root -> ((ObjectNode) root.at("/generator")).put("layers", 3)))
                .hasMessageContaining("generator.layers: must be an array, found the number 3");
    }

    @Test
    void configValuesOutOfRange_areRejected_withTheApiMessage() throws IOException {
        rejects(corrupt(root -> ((ObjectNode) root.get("config")).put("batchSize", 0)))
                .hasMessageContaining("config: invalid configuration: batchSize must be in [1, ");
        rejects(corrupt(root -> ((ArrayNode) root.at("/config/critic/dropouts")).set(0, 1.5)))
                .hasMessageContaining("config.critic: dropout of layer 0 must be in [0, 1), was 1.5");
        rejects(corrupt(root -> ((ObjectNode) root.at("/config/generatorOptimizer")).put("beta1", 1.0)))
                .hasMessageContaining("config.generatorOptimizer: Adam beta1 must be in [0, 1), was 1.0");
        rejects(corrupt(root -> ((ObjectNode) root.at("/config/generator/activations/1")).put("alpha", -1.0)))
                .hasMessageContaining("config.generator.activations[1]: elu alpha must be > 0");
        rejects(corrupt(root -> ((ObjectNode) root.at("/config/condition/parameters")).put("classes", 0)))
                .hasMessageContaining("config.condition: ");
        rejects(corruptText("\"gradientPenalty\" : 10.0", "\"gradientPenalty\" : 1e400"))
                .hasMessageContaining("config.gradientPenalty: must be a finite number");
    }

    @Test
    void unknownNames_areRejected_withTheValidOnes() throws IOException {
        rejects(corrupt(root -> ((ObjectNode) root.at("/config/critic/outputActivation")).put("type", "swish")))
                .hasMessageContaining("config.critic.outputActivation.type: unknown activation 'swish'")
                .hasMessageContaining("relu, leaky-relu");
        rejects(corrupt(root -> ((ObjectNode) root.at("/config/criticOptimizer")).put("type", "sgd")))
                .hasMessageContaining("config.criticOptimizer.type: unknown optimizer 'sgd'");
        rejects(corrupt(root -> ((ObjectNode) root.get("config")).put("batchSampling", "epochs")))
                .hasMessageContaining("config.batchSampling: unknown batch sampling 'epochs'")
                .hasMessageContaining("with-replacement");
        rejects(corrupt(root -> ((ObjectNode) root.at("/generator/layers/0/weight")).put("dtype", "float64")))
                .hasMessageContaining("generator.layers[0].weight.dtype: is 'float64'");
    }

    @Test
    void weightShapes_thatDoNotMatchTheConfig_areRejected() throws IOException {
        rejects(corrupt(root -> {
            ArrayNode shape = (ArrayNode) root.at("/generator/layers/1/weight/shape");
            shape.set(0, 5);
            shape.set(1, 4);
        })).hasMessageContaining("generator.layers[1].weight: shape [5, 4] does not match the configuration")
                .hasMessageContaining("layer 1 of the generator (4 -> 5) needs [4, 5]");
        rejects(corrupt(root -> ((ArrayNode) root.at("/generator/layers")).remove(2)))
                .hasMessageContaining("generator.layers: has 2 layers")
                .hasMessageContaining("(6 -> 4 -> 5 -> 2) has 3");
        rejects(corrupt(root -> ((ObjectNode) root.get("config")).put("noiseDimension", 4)))
                .hasMessageContaining("generator.layers[0].weight: shape [6, 4] does not match")
                .hasMessageContaining("needs [7, 4]");
    }

    @Test
    void badBase64_isRejected() throws IOException {
        rejects(corrupt(root -> ((ObjectNode) root.at("/generator/layers/0/bias")).put("data", "not*base64!")))
                .hasMessageContaining("generator.layers[0].bias.data: is not valid base64");
        rejects(corrupt(root -> ((ObjectNode) root.at("/generator/layers/0/bias")).put("data",
                Base64.getEncoder().encodeToString(new byte[15]))))
                .hasMessageContaining("generator.layers[0].bias.data: decodes to 15 bytes, but shape [4] needs 16");
    }

    @Test
    void nanAndInfiniteWeights_inAFile_areRejected() throws IOException {
        float[] w = new float[20];
        w[7] = Float.NaN;
        rejects(corrupt(root -> ((ObjectNode) root.at("/generator/layers/1/weight")).put("data", base64(w))))
                .hasMessageContaining("generator.layers[1].weight: value [1, 2] is NaN");
        float[] v = new float[ModelSnapshot.parameterCount(ModelSnapshot.criticWidths(tinyConfig()))];
        v[3] = Float.NEGATIVE_INFINITY;
        rejects(corrupt(root -> ((ObjectNode) root.at("/checkpoint/criticOptimizer/v")).put("data", base64(v))))
                .hasMessageContaining("checkpoint.criticOptimizer.v: value [3] is -Infinity");
    }

    @Test
    void checkpointThatDoesNotMatch_isRejected() throws IOException {
        rejects(corrupt(root -> ((ArrayNode) root.at("/checkpoint/generatorOptimizer/m/shape")).set(0, 10)))
                .hasMessageContaining("checkpoint.generatorOptimizer.m: shape [10] does not match the configuration")
                .hasMessageContaining("the generator's 65 parameters needs [65]");
        rejects(corrupt(root -> ((ObjectNode) root.at("/checkpoint/critic/layers/1/bias")).put("data", base64(new float[2]))))
                .hasMessageContaining("checkpoint.critic.layers[1].bias.data: decodes to 8 bytes, but shape [1] needs 4");
        rejects(corrupt(root -> ((ObjectNode) root.at("/checkpoint/criticOptimizer")).put("step", -1)))
                .hasMessageContaining("checkpoint.criticOptimizer.step: must be >= 0");
        rejects(corrupt(root -> ((ObjectNode) root.get("checkpoint")).putArray("rng")))
                .hasMessageContaining("checkpoint.rng: must hold the random generator's state words");
        rejects(corrupt(root -> ((ObjectNode) root.get("checkpoint")).putArray("rng").add(1.5)))
                .hasMessageContaining("checkpoint.rng[0]: must be an integer");
    }

    @Test
    void badProvenance_isRejected() throws IOException {
        rejects(corrupt(root -> ((ObjectNode) root.get("provenance")).put("savedAt", "yesterday")))
                .hasMessageContaining("provenance.savedAt: is not an ISO-8601 instant");
    }

    @Test
    void unregisteredConditionType_isRejected_namingIt() throws IOException {
        rejects(corrupt(root -> ((ObjectNode) root.at("/config/condition")).put("type", "com.example.unregistered")))
                .hasMessageContaining("config.condition: unknown condition type 'com.example.unregistered'")
                .hasMessageContaining("one-hot");
    }

    @Test
    void aFailingConditionType_isRejected_notThrownThrough() throws IOException {
        rejects(corrupt(root -> ((ObjectNode) root.at("/config/condition/parameters")).put("names", 7)))
                .hasMessageContaining("config.condition: one-hot parameter 'names' must be a list");
    }

    // ------------------------------------------------------------------------------------ safe writes

    @Test
    void saveThatFailsMidway_leavesThePreviousFileIntact_andNoTemporaryFile() throws IOException {
        byte[] before = Files.readAllBytes(good);
        ModelSnapshot bigger = snapshot(seedConfig(), true, 5L);
        for (long failAfter : new long[] {0, 1, 100_000, 1_000_000}) {
            assertThatThrownBy(() -> ModelFiles.write(good, bigger, PROVENANCE, failAfter(failAfter)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("No space left on device");
            assertThat(Files.readAllBytes(good)).isEqualTo(before);
            assertThat(filesIn(dir)).containsExactly("good.json");
        }
        assertSameSnapshot(ModelFiles.read(good), snapshot(tinyConfig(), true, 7L));
    }

    @Test
    void saveThatFailsOnClose_leavesThePreviousFileIntact() throws IOException {
        byte[] before = Files.readAllBytes(good);
        ModelFiles.StreamWrapper failOnClose = out -> new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                super.close();
                throw new IOException("Input/output error on close");
            }
        };
        assertThatThrownBy(() -> ModelFiles.write(good, snapshot(tinyConfig(), false, 9L), PROVENANCE, failOnClose))
                .isInstanceOf(IOException.class).hasMessageContaining("on close");
        assertThat(Files.readAllBytes(good)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("good.json");
    }

    @Test
    void firstSaveThatFails_leavesNoFile() throws IOException {
        Path file = dir.resolve("new.json");
        assertThatThrownBy(() -> ModelFiles.write(file, snapshot(tinyConfig(), false, 1L), PROVENANCE, failAfter(10)))
                .isInstanceOf(IOException.class);
        assertThat(filesIn(dir)).containsExactly("good.json");
    }

    @Test
    void save_replacesAnExistingFile() throws IOException {
        ModelSnapshot other = snapshot(seedConfig(), false, 11L);
        ModelFiles.write(good, other, PROVENANCE);
        assertSameSnapshot(ModelFiles.read(good), other);
        assertThat(filesIn(dir)).containsExactly("good.json");
    }

    @Test
    void save_toADirectoryOrAMissingDirectory_fails() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        ModelSnapshot s = snapshot(tinyConfig(), false, 1L);
        assertThatThrownBy(() -> ModelFiles.write(sub, s, PROVENANCE))
                .isInstanceOf(IOException.class).hasMessageContaining("is a directory");
        assertThatThrownBy(() -> ModelFiles.write(dir.resolve("missing/model.json"), s, PROVENANCE))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
    }

    @Test
    void nanWeights_areRefused_andNothingIsWritten() throws IOException {
        byte[] before = Files.readAllBytes(good);
        ModelSnapshot s = snapshot(seedConfig(), false, 1L);
        s.generator()[5000] = Float.NaN; // layer 0 holds 32·128 + 128 = 4224 values; 776 = 3·256 + 8
        Path fresh = dir.resolve("fresh.json");
        assertThatThrownBy(() -> ModelFiles.write(fresh, s, PROVENANCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("generator layers[1].weight[3, 8] (flat index 5000) is NaN");
        assertThatThrownBy(() -> ModelFiles.write(good, s, PROVENANCE)).isInstanceOf(IllegalStateException.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> ModelFiles.write(out, s, PROVENANCE)).isInstanceOf(IllegalStateException.class);
        assertThat(out.size()).isZero();
        assertThat(Files.readAllBytes(good)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("good.json");
    }

    @Test
    void infiniteCheckpointValues_areRefused() {
        ModelSnapshot s = snapshot(tinyConfig(), true, 1L);
        s.checkpoint().criticOptimizer().v()[12] = Float.POSITIVE_INFINITY;
        assertThatThrownBy(() -> ModelFiles.write(dir.resolve("x.json"), s, PROVENANCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("critic optimizer v[12] (flat index 12) is Infinity");
        ModelSnapshot t = snapshot(tinyConfig(), true, 1L);
        t.checkpoint().critic()[t.checkpoint().critic().length - 1] = Float.NaN;
        assertThatThrownBy(() -> ModelFiles.write(dir.resolve("x.json"), t, PROVENANCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("critic layers[1].bias[0]");
    }

    @Test
    void arraysThatDoNotFitTheConfig_areRefused() {
        ModelSnapshot s = new ModelSnapshot(tinyConfig(), 0, new float[3], null);
        assertThatThrownBy(() -> ModelFiles.write(dir.resolve("x.json"), s, PROVENANCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generator has 3 parameters, the configuration (6 -> 4 -> 5 -> 2) needs 65");
        ModelSnapshot ok = snapshot(tinyConfig(), true, 1L);
        TrainingSnapshot cp = ok.checkpoint();
        ModelSnapshot badAdam = new ModelSnapshot(tinyConfig(), 0, ok.generator(), new TrainingSnapshot(cp.critic(),
                new AdamSnapshot(1, new float[1], new float[1]), cp.criticOptimizer(), cp.rngState()));
        assertThatThrownBy(() -> ModelFiles.write(dir.resolve("x.json"), badAdam, PROVENANCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generator optimizer m has 1 values, the network has 65 parameters");
    }

    // ------------------------------------------------------------------------------------ helpers

    /** Writes a copy of the good file edited as a Jackson tree. */
    private Path corrupt(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(good.toFile());
        edit.accept(root);
        Path file = dir.resolve("corrupt.json");
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    /** Writes a copy of the good file with one text replaced. */
    private Path corruptText(String from, String to) throws IOException {
        String text = Files.readString(good);
        assertThat(text).contains(from);
        Path file = dir.resolve("corrupt.json");
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejects(Path file) {
        return assertThatThrownBy(() -> ModelFiles.read(file))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageStartingWith(file + ": ");
    }

    static String base64(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(b.array());
    }

    /** A stream that writes {@code limit} bytes, then fails as a full disk does. */
    static ModelFiles.StreamWrapper failAfter(long limit) {
        return out -> new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                long room = limit - written;
                if (len > room) {
                    out.write(b, off, (int) room);
                    out.flush();
                    written = limit;
                    throw new IOException("No space left on device (simulated after " + limit + " bytes)");
                }
                out.write(b, off, len);
                written += len;
            }
        };
    }

    static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("corrupt.json")).sorted().toList();
        }
    }
}
