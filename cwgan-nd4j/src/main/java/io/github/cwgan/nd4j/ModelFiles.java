package io.github.cwgan.nd4j;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cwgan.ModelFormatException;
import io.github.cwgan.WganConfig;
import io.github.cwgan.condition.Condition;
import io.github.cwgan.condition.ConditionTypes;
import io.github.cwgan.nd4j.ModelSnapshot.AdamSnapshot;
import io.github.cwgan.nd4j.ModelSnapshot.TrainingSnapshot;
import io.github.cwgan.network.Activation;
import io.github.cwgan.network.Mlp;
import io.github.cwgan.training.Adam;
import io.github.cwgan.training.BatchSampling;
import io.github.cwgan.training.Optimizer;
import java.io.BufferedOutputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads and writes model files: one JSON document holding a {@link ModelSnapshot} and its
 * {@link Provenance}. The site page {@code model-files.md} documents every field.
 *
 * <pre>{@code
 * {
 *   "format" : "cwgan-model",
 *   "formatVersion" : 1,
 *   "iterations" : 30000,
 *   "config" : { "dataDimension" : 2, "noiseDimension" : 22,
 *                "condition" : { "type" : "one-hot", "parameters" : { "classes" : 10 } }, ... },
 *   "provenance" : { "library" : "cwgan", "libraryVersion" : "0.1.0", ... },
 *   "generator" : { "layers" : [ { "weight" : { "dtype" : "float32", "shape" : [ 32, 128 ], "data" : "..." },
 *                                  "bias" : { "dtype" : "float32", "shape" : [ 128 ], "data" : "..." } }, ... ] },
 *   "prior" : { "rows" : 10000, "values" : [ [ "0" ], [ "1" ], ... ], "counts" : [ 1000, 1000, ... ] },
 *   "checkpoint" : { "critic" : {...}, "generatorOptimizer" : {...}, "criticOptimizer" : {...}, "rng" : [...] }
 * }
 * }</pre>
 *
 * <p>Tensors are {@code {dtype, shape, data}} with {@code data} the base64 of the values as
 * little-endian float32, row-major: compact and exact. Condition types, activations, optimizers and
 * batch sampling are written by their logical names ({@code "one-hot"}, {@code "leaky-relu"},
 * {@code "adam"}, {@code "with-replacement"}), never by Java class names.
 *
 * <p><b>Versioning promise.</b> A file of format version N is readable by every later version of the
 * library. A reader rejects a file whose {@code formatVersion} is newer than {@link #FORMAT_VERSION}
 * with a {@link ModelFormatException} that says so. Readers ignore fields they do not know, so adding
 * an optional field does not change the format version; changing the meaning or layout of an
 * existing field, or adding a field that readers must understand, does. A file is written with the
 * lowest format version that can hold it, so files that use no newer feature stay readable by older
 * libraries.
 *
 * <p>Format versions: <b>1</b>, the first. <b>2</b> adds generator averaging: {@code
 * config.generatorAveraging} (β &gt; 0), with the top-level {@code generator} holding the average
 * that sampling uses and {@code checkpoint.generator} the trained weights that training continues
 * from. A version-1 reader would silently continue training from the average, so such files are
 * version 2; a file without averaging is version 1.
 *
 * <p><b>Writes are atomic.</b> {@link #write(Path, ModelSnapshot, Provenance)} writes a temporary file
 * in the target's directory, forces it to disk, then moves it over the target in one step. If anything
 * fails, the temporary file is deleted and the previous file is left as it was.
 *
 * <p><b>Only finite values are saved.</b> JSON has no NaN or infinity and a model holding them is
 * broken: writing refuses such a snapshot with an {@link IllegalStateException} naming the network,
 * the tensor and the index, before any file is touched. Reading rejects them likewise.
 *
 * <p>Thread-safe: the class holds no mutable state.
 */
final class ModelFiles {

    /** The value of the {@code "format"} field. */
    static final String FORMAT = "cwgan-model";

    /** The newest format version this library writes and reads. */
    static final int FORMAT_VERSION = 2;

    /** The only tensor element type of format version 1. */
    static final String DTYPE = "float32";

    /** The logical name of {@link Adam} in model files. */
    static final String ADAM = "adam";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // checkpoints of large networks hold base64 strings beyond Jackson's default 20 M chars
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Two-space indentation and {@code \n} line ends on every platform, so files are byte-identical. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));

    private ModelFiles() {
    }

    /**
     * A model read from a file.
     *
     * @param snapshot   the model
     * @param provenance where the file came from, as written in it
     */
    record LoadedModel(ModelSnapshot snapshot, Provenance provenance) {
        LoadedModel {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    /**
     * Wraps the stream that writes the temporary file of an atomic write. The identity in
     * production; tests wrap it in a stream that fails midway.
     */
    @FunctionalInterface
    interface StreamWrapper {
        OutputStream wrap(OutputStream file) throws IOException;
    }

    // ------------------------------------------------------------------------------------------------
    // Writing

    /**
     * Writes a model file atomically, with the provenance of this process ({@link Provenance#current}).
     *
     * @throws IllegalStateException    if the snapshot holds a NaN or infinite value; nothing is written
     * @throws IllegalArgumentException if an array's length does not fit the configuration
     * @throws IOException              if the file cannot be written; a previous file is left intact
     */
    static void write(Path file, ModelSnapshot snapshot) throws IOException {
        write(file, snapshot, Provenance.current(snapshot.iterations()));
    }

    /**
     * Writes a model file atomically: to a temporary file in the same directory, forced to disk, then
     * moved over {@code file}. On any failure the temporary file is deleted and a previous
     * {@code file} is left as it was.
     *
     * @throws IllegalStateException    if the snapshot holds a NaN or infinite value; nothing is written
     * @throws IllegalArgumentException if an array's length does not fit the configuration, or the
     *                                  condition's parameters cannot be written as JSON
     * @throws IOException              if the file cannot be written; a previous file is left intact
     */
    static void write(Path file, ModelSnapshot snapshot, Provenance provenance) throws IOException {
        write(file, snapshot, provenance, out -> out);
    }

    /** {@link #write(Path, ModelSnapshot, Provenance)} with the temporary file's stream wrapped (for tests). */
    static void write(Path file, ModelSnapshot snapshot, Provenance provenance, StreamWrapper wrapper)
            throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(wrapper, "wrapper");
        ObjectNode document = toJson(snapshot, provenance); // validates before any file is touched
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target)) {
            target = target.toRealPath(); // replace the file the link points to, keep the link
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a directory, not a model file");
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "cannot save " + target
                    + ": the directory does not exist");
        }
        String name = target.getFileName().toString();
        Path tmp = dir.resolve("." + (name.length() > 200 ? name.substring(0, 200) : name) + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = wrapper.wrap(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16))) {
                writeDocument(out, document);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        syncDirectory(dir);
    }

    /**
     * Writes a model document to a stream, followed by a line end, and flushes it. The stream is not
     * closed. Not atomic: use {@link #write(Path, ModelSnapshot, Provenance)} for files.
     *
     * @throws IllegalStateException    if the snapshot holds a NaN or infinite value; nothing is written
     * @throws IllegalArgumentException if an array's length does not fit the configuration
     */
    static void write(OutputStream out, ModelSnapshot snapshot, Provenance provenance) throws IOException {
        Objects.requireNonNull(out, "out");
        writeDocument(out, toJson(snapshot, provenance));
    }

    private static void writeDocument(OutputStream out, ObjectNode document) throws IOException {
        WRITER.writeValue(out, document);
        out.write('\n');
        out.flush();
    }

    private static void keepPermissions(Path previous, Path tmp) {
        try {
            if (Files.exists(previous)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(previous));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // best effort: the new file keeps the default permissions
        }
    }

    /** Makes the rename durable where the platform allows opening a directory (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // best effort
        }
    }

    /**
     * The JSON document of a snapshot.
     *
     * @throws IllegalStateException    if the snapshot holds a NaN or infinite value
     * @throws IllegalArgumentException if an array's length does not fit the configuration
     */
    static ObjectNode toJson(ModelSnapshot snapshot, Provenance provenance) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(provenance, "provenance");
        WganConfig<?> c = snapshot.config();
        if (snapshot.iterations() < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, was " + snapshot.iterations());
        }
        int[] gw = ModelSnapshot.generatorWidths(c);
        int[] cw = ModelSnapshot.criticWidths(c);
        checkNetwork("generator", snapshot.generator(), gw);
        TrainingSnapshot cp = snapshot.checkpoint();
        if (cp != null) {
            if (c.averagesGenerator() != (cp.generatorIterate() != null)) {
                throw new IllegalArgumentException(c.averagesGenerator()
                        ? "the configuration averages the generator, but the checkpoint lacks its trained weights"
                        : "the checkpoint holds generator weights besides the generator, but the configuration "
                                + "does not average the generator");
            }
            if (cp.generatorIterate() != null) {
                checkNetwork("generator (trained weights)", cp.generatorIterate(), gw);
            }
            checkNetwork("critic", cp.critic(), cw);
            checkAdam("generator optimizer", cp.generatorOptimizer(), ModelSnapshot.parameterCount(gw));
            checkAdam("critic optimizer", cp.criticOptimizer(), ModelSnapshot.parameterCount(cw));
        }

        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", formatVersion(c));
        root.put("iterations", snapshot.iterations());
        root.set("config", configJson(c));
        root.set("provenance", provenanceJson(provenance));
        root.set("generator", networkJson(snapshot.generator(), gw));
        if (snapshot.prior() != null) {
            root.set("prior", priorJson(snapshot.prior()));
        }
        if (cp != null) {
            ObjectNode checkpoint = root.putObject("checkpoint");
            if (cp.generatorIterate() != null) {
                checkpoint.set("generator", networkJson(cp.generatorIterate(), gw));
            }
            checkpoint.set("critic", networkJson(cp.critic(), cw));
            checkpoint.set("generatorOptimizer", adamJson(cp.generatorOptimizer()));
            checkpoint.set("criticOptimizer", adamJson(cp.criticOptimizer()));
            ArrayNode rng = checkpoint.putArray("rng");
            for (long word : cp.rngState()) {
                rng.add(word);
            }
        }
        return root;
    }

    /** The lowest format version that holds a model of this configuration. */
    static int formatVersion(WganConfig<?> c) {
        return c.averagesGenerator() ? 2 : 1;
    }

    private static void checkNetwork(String network, float[] params, int[] widths) {
        int expected = ModelSnapshot.parameterCount(widths);
        if (params.length != expected) {
            throw new IllegalArgumentException(network + " has " + params.length + " parameters, the configuration ("
                    + widthsText(widths) + ") needs " + expected);
        }
        int offset = 0;
        for (int l = 1; l < widths.length; l++) {
            int in = widths[l - 1];
            int out = widths[l];
            checkFinite(network, "layers[" + (l - 1) + "].weight", params, offset, in * out, out);
            offset += in * out;
            checkFinite(network, "layers[" + (l - 1) + "].bias", params, offset, out, 0);
            offset += out;
        }
    }

    private static void checkAdam(String network, AdamSnapshot adam, int parameters) {
        if (adam.step() < 0) {
            throw new IllegalArgumentException(network + " step must be >= 0, was " + adam.step());
        }
        for (String name : List.of("m", "v")) {
            float[] a = name.equals("m") ? adam.m() : adam.v();
            if (a.length != parameters) {
                throw new IllegalArgumentException(network + " " + name + " has " + a.length
                        + " values, the network has " + parameters + " parameters");
            }
            checkFinite(network, name, a, 0, a.length, 0);
        }
    }

    /** @param columns the columns of a matrix, to name [row, column]; 0 for a vector */
    private static void checkFinite(String network, String tensor, float[] a, int offset, int length, int columns) {
        for (int i = 0; i < length; i++) {
            float x = a[offset + i];
            if (!Float.isFinite(x)) {
                throw new IllegalStateException("cannot save a model holding NaN or infinite values: " + network
                        + " " + tensor + indexText(i, columns) + " (flat index " + (offset + i) + ") is " + x
                        + "; nothing was written");
            }
        }
    }

    private static String indexText(int i, int columns) {
        return columns > 0 ? "[" + i / columns + ", " + i % columns + "]" : "[" + i + "]";
    }

    private static ObjectNode configJson(WganConfig<?> c) {
        ObjectNode o = NODES.objectNode();
        o.put("dataDimension", c.dataDimension());
        o.put("noiseDimension", c.noiseDimension());
        ObjectNode condition = o.putObject("condition");
        Condition<?> cond = c.condition();
        condition.put("type", Objects.requireNonNull(cond.typeName(), "condition.typeName()"));
        Map<String, Object> parameters = cond.parameters();
        condition.set("parameters", parameters == null ? NODES.objectNode()
                : plainToJson(parameters, "condition parameters"));
        o.set("generator", mlpJson(c.generator()));
        o.set("critic", mlpJson(c.critic()));
        o.put("criticIterations", c.criticIterations());
        o.put("gradientPenalty", c.gradientPenalty());
        o.set("generatorOptimizer", optimizerJson(c.generatorOptimizer()));
        o.set("criticOptimizer", optimizerJson(c.criticOptimizer()));
        o.put("batchSize", c.batchSize());
        o.put("seed", c.seed());
        o.put("batchSampling", batchSamplingName(c.batchSampling()));
        if (c.averagesGenerator()) {
            o.put("generatorAveraging", c.generatorAveraging());
        }
        return o;
    }

    private static ObjectNode mlpJson(Mlp mlp) {
        ObjectNode o = NODES.objectNode();
        ArrayNode hidden = o.putArray("hidden");
        mlp.hiddenWidths().forEach(hidden::add);
        ArrayNode activations = o.putArray("activations");
        mlp.activations().forEach(a -> activations.add(activationJson(a)));
        ArrayNode dropouts = o.putArray("dropouts");
        mlp.dropouts().forEach(dropouts::add);
        o.set("outputActivation", activationJson(mlp.outputActivation()));
        return o;
    }

    private static ObjectNode activationJson(Activation a) {
        ObjectNode o = NODES.objectNode();
        o.put("type", a.kind().id());
        if (a.kind().hasParameter()) {
            o.put("alpha", a.alpha());
        }
        return o;
    }

    private static ObjectNode optimizerJson(Optimizer optimizer) {
        ObjectNode o = NODES.objectNode();
        if (optimizer instanceof Adam adam) {
            o.put("type", ADAM);
            o.put("learningRate", adam.learningRate());
            o.put("beta1", adam.beta1());
            o.put("beta2", adam.beta2());
            o.put("epsilon", adam.epsilon());
            return o;
        }
        throw new IllegalArgumentException("optimizer " + optimizer + " cannot be written to a model file");
    }

    /** {@code WITH_REPLACEMENT} → {@code "with-replacement"}. */
    static String batchSamplingName(BatchSampling b) {
        return b.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ObjectNode provenanceJson(Provenance p) {
        ObjectNode o = NODES.objectNode();
        o.put("library", p.library());
        o.put("libraryVersion", p.libraryVersion());
        o.put("javaVersion", p.javaVersion());
        o.put("backend", p.backend());
        o.put("backendVersion", p.backendVersion());
        o.put("iterations", p.iterations());
        o.put("savedAt", p.savedAt().toString());
        return o;
    }

    private static ObjectNode networkJson(float[] params, int[] widths) {
        ObjectNode o = NODES.objectNode();
        ArrayNode layers = o.putArray("layers");
        int offset = 0;
        for (int l = 1; l < widths.length; l++) {
            int in = widths[l - 1];
            int out = widths[l];
            ObjectNode layer = layers.addObject();
            layer.set("weight", tensorJson(params, offset, in * out, in, out));
            offset += in * out;
            layer.set("bias", tensorJson(params, offset, out, out));
            offset += out;
        }
        return o;
    }

    private static ObjectNode priorJson(Prior prior) {
        ObjectNode o = NODES.objectNode();
        o.put("rows", prior.total());
        ArrayNode values = o.putArray("values");
        for (List<String> fields : prior.values()) {
            ArrayNode v = values.addArray();
            fields.forEach(v::add);
        }
        ArrayNode counts = o.putArray("counts");
        for (long c : prior.counts()) {
            counts.add(c);
        }
        return o;
    }

    private static ObjectNode adamJson(AdamSnapshot adam) {
        ObjectNode o = NODES.objectNode();
        o.put("type", ADAM);
        o.put("step", adam.step());
        o.set("m", tensorJson(adam.m(), 0, adam.m().length, adam.m().length));
        o.set("v", tensorJson(adam.v(), 0, adam.v().length, adam.v().length));
        return o;
    }

    private static ObjectNode tensorJson(float[] a, int offset, int length, int... shape) {
        ObjectNode o = NODES.objectNode();
        o.put("dtype", DTYPE);
        ArrayNode s = o.putArray("shape");
        for (int d : shape) {
            s.add(d);
        }
        ByteBuffer bytes = ByteBuffer.allocate(Math.multiplyExact(length, Float.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(a, offset, length);
        o.put("data", Base64.getEncoder().encodeToString(bytes.array()));
        return o;
    }

    /** Condition parameters (String, Number, Boolean, List, Map, null) as JSON. */
    private static JsonNode plainToJson(Object value, String path) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Character ch) {
            return NODES.textNode(ch.toString());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(path + " is " + d + ", which JSON cannot hold");
            }
            return value instanceof Float f ? NODES.numberNode(f) : NODES.numberNode(d);
        }
        if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof BigDecimal b) {
            return NODES.numberNode(b);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(path + " has a key " + e.getKey()
                            + " that is not a String; model files need String keys");
                }
                o.set(key, plainToJson(e.getValue(), path + "." + key));
            }
            return o;
        }
        if (value instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                a.add(plainToJson(list.get(i), path + "[" + i + "]"));
            }
            return a;
        }
        throw new IllegalArgumentException(path + " is a " + value.getClass().getName()
                + "; condition parameters must be String, Number, Boolean, List or Map (Condition.parameters())");
    }

    // ------------------------------------------------------------------------------------------------
    // Reading

    /**
     * Reads a model file.
     *
     * @throws ModelFormatException naming the file and what is wrong where
     * @throws IOException          if the file cannot be read
     */
    static ModelSnapshot read(Path file) throws IOException {
        return readModel(file).snapshot();
    }

    /**
     * Reads a model file with its provenance.
     *
     * @throws ModelFormatException naming the file and what is wrong where
     * @throws IOException          if the file cannot be read
     */
    static LoadedModel readModel(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return readModel(in, file.toString());
        }
    }

    /**
     * Reads a model document from a stream, which is not closed.
     *
     * @param source the name of the stream in messages, e.g. a file name or URL
     * @throws ModelFormatException naming the source and what is wrong where
     * @throws IOException          if the stream cannot be read
     */
    static ModelSnapshot read(InputStream in, String source) throws IOException {
        return readModel(in, source).snapshot();
    }

    /**
     * Reads a model document with its provenance from a stream, which is not closed.
     *
     * @param source the name of the stream in messages, e.g. a file name or URL
     * @throws ModelFormatException naming the source and what is wrong where
     * @throws IOException          if the stream cannot be read
     */
    static LoadedModel readModel(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        JsonNode root;
        CountingInputStream counted = new CountingInputStream(in);
        try {
            root = MAPPER.readTree(counted);
        } catch (JsonProcessingException e) {
            if (e instanceof JsonEOFException || counted.endsAt(e.getLocation())) {
                throw new ModelFormatException(source + ": the file is truncated: its JSON ends early"
                        + where(e.getLocation()) + "; was it saved completely?", e);
            }
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Trailing token")) {
                throw new ModelFormatException(source + ": not a cwgan model file: not JSON: more text follows the "
                        + "end of the JSON document" + where(e.getLocation()), e);
            }
            throw new ModelFormatException(source + ": not a cwgan model file: not JSON: " + e.getOriginalMessage()
                    + where(e.getLocation()), e);
        } catch (CharConversionException e) {
            throw new ModelFormatException(source + ": not a cwgan model file: not JSON text: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ModelFormatException(source + ": the file is empty (truncated to nothing); was it saved completely?");
        }
        return new Decoder(source).model(root);
    }

    /** Counts the bytes read, to tell a file that ends early from one with a syntax error. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;
        private boolean ended;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                ended = true;
            } else {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                ended = true;
            } else {
                count += n;
            }
            return n;
        }

        /** Whether the input ended and the parser failed at its very end. */
        boolean endsAt(JsonLocation location) {
            if (!ended || location == null) {
                return false;
            }
            long offset = location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
            return offset >= count;
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Reads the document tree, naming the source and the JSON path of every problem. */
    private static final class Decoder {

        private final String source;

        Decoder(String source) {
            this.source = source;
        }

        ModelFormatException error(String path, String problem) {
            return new ModelFormatException(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
        }

        ModelFormatException error(String path, String problem, Throwable cause) {
            return new ModelFormatException(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem, cause);
        }

        LoadedModel model(JsonNode root) throws ModelFormatException {
            if (!root.isObject()) {
                throw error("", "not a cwgan model file: the JSON document is " + describe(root)
                        + ", not an object");
            }
            JsonNode format = root.get("format");
            if (format == null) {
                throw error("", "not a cwgan model file: missing field 'format' (expected \"" + FORMAT + "\")");
            }
            if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
                throw error("format", "not a cwgan model file: format is " + describe(format)
                        + ", expected \"" + FORMAT + "\"");
            }
            JsonNode versionNode = field(root, "", "formatVersion");
            if (!versionNode.isIntegralNumber() || !versionNode.canConvertToLong()) {
                throw error("formatVersion", "must be an integer >= 1 (this library reads 1 to " + FORMAT_VERSION
                        + "), found " + describe(versionNode));
            }
            long version = versionNode.longValue();
            if (version > FORMAT_VERSION) {
                throw error("formatVersion", "written by format " + version + ", this library reads up to "
                        + FORMAT_VERSION + "; load it with a newer version of cwgan");
            }
            if (version < 1) {
                throw error("formatVersion", "must be >= 1, was " + version);
            }
            long iterations = longValue(field(root, "", "iterations"), "iterations");
            if (iterations < 0) {
                throw error("iterations", "must be >= 0, was " + iterations);
            }
            WganConfig<?> config = config(field(root, "", "config"), "config");
            if (config.averagesGenerator() && version < 2) {
                throw error("config.generatorAveraging", "generator averaging needs format version 2, but the file "
                        + "says formatVersion " + version);
            }
            Provenance provenance = provenance(field(root, "", "provenance"), "provenance");
            int[] gw = ModelSnapshot.generatorWidths(config);
            int[] cw = ModelSnapshot.criticWidths(config);
            float[] generator = network(field(root, "", "generator"), "generator", gw, "generator");
            TrainingSnapshot checkpoint = null;
            JsonNode cpNode = root.get("checkpoint");
            if (cpNode != null && !cpNode.isNull()) {
                checkpoint = checkpoint(cpNode, "checkpoint", gw, cw, config.averagesGenerator());
            }
            Prior prior = null;
            JsonNode priorNode = root.get("prior");
            if (priorNode != null && !priorNode.isNull()) {
                prior = prior(priorNode, "prior", config.condition());
            }
            return new LoadedModel(new ModelSnapshot(config, iterations, generator, checkpoint, prior), provenance);
        }

        /** The optional prior over conditions; every value must parse with the model's condition. */
        Prior prior(JsonNode node, String path, Condition<?> condition) throws ModelFormatException {
            ObjectNode o = object(node, path);
            ArrayNode valuesNode = array(field(o, path, "values"), path + ".values");
            ArrayNode countsNode = array(field(o, path, "counts"), path + ".counts");
            if (valuesNode.isEmpty()) {
                throw error(path + ".values", "must hold at least one condition value, was empty");
            }
            if (countsNode.size() != valuesNode.size()) {
                throw error(path + ".counts", "has " + countsNode.size() + " entries, '" + path + ".values' has "
                        + valuesNode.size() + "; they must have one count per value");
            }
            List<List<String>> values = new ArrayList<>(valuesNode.size());
            long[] counts = new long[countsNode.size()];
            for (int i = 0; i < counts.length; i++) {
                String vp = path + ".values[" + i + "]";
                ArrayNode fieldsNode = array(valuesNode.get(i), vp);
                List<String> fields = new ArrayList<>(fieldsNode.size());
                for (int j = 0; j < fieldsNode.size(); j++) {
                    fields.add(text(fieldsNode.get(j), vp + "[" + j + "]"));
                }
                try {
                    condition.parse(fields);
                } catch (RuntimeException e) {
                    throw error(vp, "is not a value of the model's condition " + condition + ": " + e.getMessage(), e);
                }
                values.add(fields);
                counts[i] = longValue(countsNode.get(i), path + ".counts[" + i + "]");
                if (counts[i] < 1) {
                    throw error(path + ".counts[" + i + "]", "must be >= 1, was " + counts[i]);
                }
            }
            try {
                return new Prior(values, counts);
            } catch (ArithmeticException e) {
                throw error(path + ".counts", "add up to more than " + Long.MAX_VALUE, e);
            }
        }

        // ---------------------------------------------------------------------------- config

        WganConfig<?> config(JsonNode node, String path) throws ModelFormatException {
            ObjectNode o = object(node, path);
            int dataDimension = intValue(field(o, path, "dataDimension"), path + ".dataDimension");
            int noiseDimension = intValue(field(o, path, "noiseDimension"), path + ".noiseDimension");
            Condition<?> condition = condition(field(o, path, "condition"), path + ".condition");
            Mlp generator = mlp(field(o, path, "generator"), path + ".generator");
            Mlp critic = mlp(field(o, path, "critic"), path + ".critic");
            int criticIterations = intValue(field(o, path, "criticIterations"), path + ".criticIterations");
            double gradientPenalty = doubleValue(field(o, path, "gradientPenalty"), path + ".gradientPenalty");
            Optimizer generatorOptimizer = optimizer(field(o, path, "generatorOptimizer"), path + ".generatorOptimizer");
            Optimizer criticOptimizer = optimizer(field(o, path, "criticOptimizer"), path + ".criticOptimizer");
            int batchSize = intValue(field(o, path, "batchSize"), path + ".batchSize");
            long seed = longValue(field(o, path, "seed"), path + ".seed");
            BatchSampling batchSampling = batchSampling(field(o, path, "batchSampling"), path + ".batchSampling");
            JsonNode averagingNode = o.get("generatorAveraging");
            double generatorAveraging = 0;
            if (averagingNode != null && !averagingNode.isNull()) {
                generatorAveraging = doubleValue(averagingNode, path + ".generatorAveraging");
                if (!(generatorAveraging > 0 && generatorAveraging < 1)) {
                    throw error(path + ".generatorAveraging", "must be in (0, 1) when present (absent means "
                            + "averaging is off), was " + generatorAveraging);
                }
            }
            WganConfig<?> config;
            try {
                config = newConfig(dataDimension, noiseDimension, condition, generator, critic, criticIterations,
                        gradientPenalty, generatorOptimizer, criticOptimizer, batchSize, seed, batchSampling,
                        generatorAveraging);
            } catch (IllegalArgumentException e) {
                throw error(path, "invalid configuration: " + e.getMessage(), e);
            }
            checkSize(ModelSnapshot.generatorWidths(config), "generator", path + ".generator");
            checkSize(ModelSnapshot.criticWidths(config), "critic", path + ".critic");
            return config;
        }

        private void checkSize(int[] widths, String network, String path)
                throws ModelFormatException {
            long n = 0;
            for (int l = 1; l < widths.length; l++) {
                n += (long) widths[l - 1] * widths[l] + widths[l];
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw error(path, "the " + network + " (" + widthsText(widths) + ") would have " + n
                        + " parameters, more than a Java array holds");
            }
        }

        private static <V> WganConfig<V> newConfig(int dataDimension, int noiseDimension, Condition<V> condition,
                                                   Mlp generator, Mlp critic, int criticIterations,
                                                   double gradientPenalty, Optimizer generatorOptimizer,
                                                   Optimizer criticOptimizer, int batchSize, long seed,
                                                   BatchSampling batchSampling, double generatorAveraging) {
            return new WganConfig<>(dataDimension, noiseDimension, condition, generator, critic, criticIterations,
                    gradientPenalty, generatorOptimizer, criticOptimizer, batchSize, seed, batchSampling,
                    generatorAveraging);
        }

        Condition<?> condition(JsonNode node, String path) throws ModelFormatException {
            ObjectNode o = object(node, path);
            String type = text(field(o, path, "type"), path + ".type");
            JsonNode paramsNode = field(o, path, "parameters");
            object(paramsNode, path + ".parameters");
            @SuppressWarnings("unchecked")
            Map<String, Object> parameters = (Map<String, Object>) toPlain(paramsNode);
            Condition<?> condition;
            try {
                condition = ConditionTypes.create(type, parameters);
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage(), e);
            } catch (RuntimeException e) {
                throw error(path, "condition type '" + type + "' could not be created from parameters "
                        + parameters + ": " + e, e);
            }
            if (condition == null) {
                throw error(path, "condition type '" + type + "' created no condition from parameters " + parameters);
            }
            return condition;
        }

        Mlp mlp(JsonNode node, String path) throws ModelFormatException {
            ObjectNode o = object(node, path);
            ArrayNode hiddenNode = array(field(o, path, "hidden"), path + ".hidden");
            List<Integer> hidden = new ArrayList<>();
            for (int i = 0; i < hiddenNode.size(); i++) {
                hidden.add(intValue(hiddenNode.get(i), path + ".hidden[" + i + "]"));
            }
            ArrayNode activationsNode = array(field(o, path, "activations"), path + ".activations");
            List<Activation> activations = new ArrayList<>();
            for (int i = 0; i < activationsNode.size(); i++) {
                activations.add(activation(activationsNode.get(i), path + ".activations[" + i + "]"));
            }
            ArrayNode dropoutsNode = array(field(o, path, "dropouts"), path + ".dropouts");
            List<Double> dropouts = new ArrayList<>();
            for (int i = 0; i < dropoutsNode.size(); i++) {
                dropouts.add(doubleValue(dropoutsNode.get(i), path + ".dropouts[" + i + "]"));
            }
            Activation output = activation(field(o, path, "outputActivation"), path + ".outputActivation");
            try {
                return new Mlp(hidden, activations, dropouts, output);
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage(), e);
            }
        }

        Activation activation(JsonNode node, String path) throws ModelFormatException {
            ObjectNode o = object(node, path);
            String type = text(field(o, path, "type"), path + ".type");
            Activation.Kind kind;
            try {
                kind = Activation.Kind.ofId(type);
            } catch (IllegalArgumentException e) {
                throw error(path + ".type", e.getMessage(), e);
            }
            double alpha = 0;
            if (kind.hasParameter()) {
                alpha = doubleValue(field(o, path, "alpha"), path + ".alpha");
            } else if (o.has("alpha")) {
                alpha = doubleValue(o.get("alpha"), path + ".alpha");
            }
            try {
                return new Activation(kind, alpha);
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage(), e);
            }
        }

        Optimizer optimizer(JsonNode node, String path) throws ModelFormatException {
            ObjectNode o = object(node, path);
            String type = text(field(o, path, "type"), path + ".type");
            if (!type.equals(ADAM)) {
                throw error(path + ".type", "unknown optimizer '" + type + "': this library reads \"" + ADAM + "\"");
            }
            double lr = doubleValue(field(o, path, "learningRate"), path + ".learningRate");
            double beta1 = doubleValue(field(o, path, "beta1"), path + ".beta1");
            double beta2 = doubleValue(field(o, path, "beta2"), path + ".beta2");
            double epsilon = doubleValue(field(o, path, "epsilon"), path + ".epsilon");
            try {
                return new Adam(lr, beta1, beta2, epsilon);
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage(), e);
            }
        }

        BatchSampling batchSampling(JsonNode node, String path) throws ModelFormatException {
            String name = text(node, path);
            List<String> valid = new ArrayList<>();
            for (BatchSampling b : BatchSampling.values()) {
                if (batchSamplingName(b).equals(name)) {
                    return b;
                }
                valid.add(batchSamplingName(b));
            }
            throw error(path, "unknown batch sampling '" + name + "': valid are " + valid);
        }

        Provenance provenance(JsonNode node, String path) throws ModelFormatException {
            ObjectNode o = object(node, path);
            String savedAtText = text(field(o, path, "savedAt"), path + ".savedAt");
            Instant savedAt;
            try {
                savedAt = Instant.parse(savedAtText);
            } catch (DateTimeParseException e) {
                throw error(path + ".savedAt", "is not an ISO-8601 instant such as 2024-01-31T12:00:00Z, was '"
                        + savedAtText + "'", e);
            }
            return new Provenance(text(field(o, path, "library"), path + ".library"),
                    text(field(o, path, "libraryVersion"), path + ".libraryVersion"),
                    text(field(o, path, "javaVersion"), path + ".javaVersion"),
                    text(field(o, path, "backend"), path + ".backend"),
                    text(field(o, path, "backendVersion"), path + ".backendVersion"),
                    longValue(field(o, path, "iterations"), path + ".iterations"),
                    savedAt);
        }

        // ---------------------------------------------------------------------------- tensors

        TrainingSnapshot checkpoint(JsonNode node, String path, int[] gw, int[] cw, boolean averaged)
                throws ModelFormatException {
            ObjectNode o = object(node, path);
            // With averaging, the top-level generator is the average; training continues from these.
            JsonNode iterateNode = o.get("generator");
            if (!averaged && iterateNode != null && !iterateNode.isNull()) {
                throw error(path + ".generator", "holds the generator's trained weights, which only a model with "
                        + "generator averaging has, but config.generatorAveraging is absent; continuing training "
                        + "would start from the wrong weights");
            }
            float[] generatorIterate = averaged ? network(field(o, path, "generator"), path + ".generator", gw,
                    "generator") : null;
            float[] critic = network(field(o, path, "critic"), path + ".critic", cw, "critic");
            AdamSnapshot go = adam(field(o, path, "generatorOptimizer"), path + ".generatorOptimizer",
                    ModelSnapshot.parameterCount(gw), "generator");
            AdamSnapshot co = adam(field(o, path, "criticOptimizer"), path + ".criticOptimizer",
                    ModelSnapshot.parameterCount(cw), "critic");
            ArrayNode rngNode = array(field(o, path, "rng"), path + ".rng");
            if (rngNode.isEmpty()) {
                throw error(path + ".rng", "must hold the random generator's state words, was empty");
            }
            long[] rng = new long[rngNode.size()];
            for (int i = 0; i < rng.length; i++) {
                rng[i] = longValue(rngNode.get(i), path + ".rng[" + i + "]");
            }
            return new TrainingSnapshot(critic, go, co, rng, generatorIterate);
        }

        AdamSnapshot adam(JsonNode node, String path, int parameters, String network) throws ModelFormatException {
            ObjectNode o = object(node, path);
            String type = text(field(o, path, "type"), path + ".type");
            if (!type.equals(ADAM)) {
                throw error(path + ".type", "optimizer state of type '" + type + "', but the configuration's "
                        + network + " optimizer is \"" + ADAM + "\"");
            }
            long step = longValue(field(o, path, "step"), path + ".step");
            if (step < 0) {
                throw error(path + ".step", "must be >= 0, was " + step);
            }
            String what = "the " + network + "'s " + parameters + " parameters";
            float[] m = new float[parameters];
            tensor(field(o, path, "m"), path + ".m", new int[] {parameters}, m, 0, what);
            float[] v = new float[parameters];
            tensor(field(o, path, "v"), path + ".v", new int[] {parameters}, v, 0, what);
            return new AdamSnapshot(step, m, v);
        }

        float[] network(JsonNode node, String path, int[] widths, String network) throws ModelFormatException {
            ObjectNode o = object(node, path);
            ArrayNode layers = array(field(o, path, "layers"), path + ".layers");
            if (layers.size() != widths.length - 1) {
                throw error(path + ".layers", "has " + layers.size() + " layers, the configuration's " + network
                        + " (" + widthsText(widths) + ") has " + (widths.length - 1));
            }
            float[] params = new float[ModelSnapshot.parameterCount(widths)];
            int offset = 0;
            for (int l = 1; l < widths.length; l++) {
                String lp = path + ".layers[" + (l - 1) + "]";
                ObjectNode layer = object(layers.get(l - 1), lp);
                int in = widths[l - 1];
                int out = widths[l];
                String what = "layer " + (l - 1) + " of the " + network + " (" + in + " -> " + out + ")";
                offset = tensor(field(layer, lp, "weight"), lp + ".weight", new int[] {in, out}, params, offset, what);
                offset = tensor(field(layer, lp, "bias"), lp + ".bias", new int[] {out}, params, offset, what);
            }
            return params;
        }

        /** Decodes a tensor of the expected shape into {@code target} at {@code offset}; returns the next offset. */
        int tensor(JsonNode node, String path, int[] expected, float[] target, int offset, String what)
                throws ModelFormatException {
            ObjectNode o = object(node, path);
            String dtype = text(field(o, path, "dtype"), path + ".dtype");
            if (!dtype.equals(DTYPE)) {
                throw error(path + ".dtype", "is '" + dtype + "', this library reads \"" + DTYPE + "\"");
            }
            ArrayNode shapeNode = array(field(o, path, "shape"), path + ".shape");
            long[] shape = new long[shapeNode.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = longValue(shapeNode.get(i), path + ".shape[" + i + "]");
            }
            long[] want = Arrays.stream(expected).asLongStream().toArray();
            if (!Arrays.equals(shape, want)) {
                throw error(path, "shape " + Arrays.toString(shape) + " does not match the configuration: "
                        + what + " needs " + Arrays.toString(want));
            }
            int count = 1;
            for (int d : expected) {
                count *= d;
            }
            String data = text(field(o, path, "data"), path + ".data");
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                throw error(path + ".data", "is not valid base64: " + e.getMessage(), e);
            }
            if (bytes.length != (long) count * Float.BYTES) {
                throw error(path + ".data", "decodes to " + bytes.length + " bytes, but shape "
                        + Arrays.toString(want) + " needs " + (long) count * Float.BYTES + " (" + count
                        + " float32 values of 4 bytes)");
            }
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(target, offset, count);
            int columns = expected.length == 2 ? expected[1] : 0;
            for (int i = 0; i < count; i++) {
                float x = target[offset + i];
                if (!Float.isFinite(x)) {
                    throw error(path, "value " + indexText(i, columns) + " is " + x
                            + "; a model file must hold finite values only");
                }
            }
            return offset + count;
        }

        // ---------------------------------------------------------------------------- JSON values

        JsonNode field(JsonNode object, String path, String name) throws ModelFormatException {
            JsonNode n = object.get(name);
            String full = path.isEmpty() ? name : path + "." + name;
            if (n == null || n.isMissingNode()) {
                throw error("", "missing field '" + full + "'");
            }
            return n;
        }

        ObjectNode object(JsonNode n, String path) throws ModelFormatException {
            if (!(n instanceof ObjectNode o)) {
                throw error(path, "must be an object, found " + describe(n));
            }
            return o;
        }

        ArrayNode array(JsonNode n, String path) throws ModelFormatException {
            if (!(n instanceof ArrayNode a)) {
                throw error(path, "must be an array, found " + describe(n));
            }
            return a;
        }

        String text(JsonNode n, String path) throws ModelFormatException {
            if (!n.isTextual()) {
                throw error(path, "must be a string, found " + describe(n));
            }
            return n.textValue();
        }

        int intValue(JsonNode n, String path) throws ModelFormatException {
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                throw error(path, "must be an integer in [" + Integer.MIN_VALUE + ", " + Integer.MAX_VALUE
                        + "], found " + describe(n));
            }
            return n.intValue();
        }

        long longValue(JsonNode n, String path) throws ModelFormatException {
            if (!n.isIntegralNumber() || !n.canConvertToLong()) {
                throw error(path, "must be an integer in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE
                        + "], found " + describe(n));
            }
            return n.longValue();
        }

        double doubleValue(JsonNode n, String path) throws ModelFormatException {
            if (!n.isNumber()) {
                throw error(path, "must be a number, found " + describe(n));
            }
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw error(path, "must be a finite number, found " + n.asText());
            }
            return d;
        }

        /** Condition parameters as plain Java values: Map, List, Integer/Long/BigInteger, Double, String, Boolean, null. */
        static Object toPlain(JsonNode n) {
            if (n.isObject()) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    map.put(e.getKey(), toPlain(e.getValue()));
                }
                return map;
            }
            if (n.isArray()) {
                List<Object> list = new ArrayList<>(n.size());
                n.forEach(e -> list.add(toPlain(e)));
                return list;
            }
            if (n.isIntegralNumber()) {
                if (n.canConvertToInt()) {
                    return n.intValue();
                }
                return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
            }
            if (n.isNumber()) {
                return n.doubleValue();
            }
            if (n.isTextual()) {
                return n.textValue();
            }
            if (n.isBoolean()) {
                return n.booleanValue();
            }
            return null;
        }

        static String describe(JsonNode n) {
            if (n == null || n.isMissingNode()) {
                return "nothing";
            }
            if (n.isNull()) {
                return "null";
            }
            if (n.isTextual()) {
                String t = n.textValue();
                return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
            }
            if (n.isNumber()) {
                return "the number " + n.asText();
            }
            if (n.isBoolean()) {
                return "the boolean " + n.asText();
            }
            if (n.isArray()) {
                return "an array";
            }
            if (n.isObject()) {
                return "an object";
            }
            return n.getNodeType().toString().toLowerCase(Locale.ROOT);
        }
    }

    static String widthsText(int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            b.append(i == 0 ? "" : " -> ").append(widths[i]);
        }
        return b.toString();
    }
}
