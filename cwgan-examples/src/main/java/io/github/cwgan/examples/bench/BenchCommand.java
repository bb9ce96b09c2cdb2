package io.github.cwgan.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cwgan.ConditionalWgan;
import io.github.cwgan.TrainedWgan;
import io.github.cwgan.condition.OneHot;
import io.github.cwgan.data.ConditionalDataset;
import io.github.cwgan.data.CsvReader;
import io.github.cwgan.examples.Main;
import io.github.cwgan.training.IterationEvent;
import io.github.cwgan.training.TrainingListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures what users get from the public API: generator iterations per second (each with its
 * critic steps) of {@link Workload}s, samples per second of {@code sample(condition, n)}, and the
 * process's resident memory during a long run. Every timing is a warm-up followed by several timed
 * repetitions; the table shows their median and spread, the JSON file every repetition.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Benchmark training and sampling speed and memory on the 10-Gaussian seed set-up; prints a "
                + "table and writes JSON.")
public final class BenchCommand implements Callable<Integer> {

    static final String DATA_RESOURCE = "/io/github/cwgan/examples/ten-gaussians.csv";
    /** Iterations after which the first resident-memory reading is taken. */
    static final int MEMORY_MARK = 1000;
    /** The condition value sampled by the sampling workload. */
    static final int SAMPLE_CLASS = 3;

    @Option(names = "--workloads", split = ",", defaultValue = "batch32,batch256,width512,sample,memory",
            description = "what to measure, comma-separated: batch32, batch256, width512, sample, memory "
                    + "(default: ${DEFAULT-VALUE})")
    List<String> workloads;

    @Option(names = "--reps", defaultValue = "5", description = "timed repetitions per workload (default: ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--iterations", defaultValue = "1000",
            description = "generator iterations per repetition at batch 32 (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--large-iterations", defaultValue = "200",
            description = "generator iterations per repetition of batch256 and width512 (default: ${DEFAULT-VALUE})")
    int largeIterations;

    @Option(names = "--warmup", description = "warm-up iterations before the timed repetitions (default: half a "
            + "repetition, at least 100)")
    Integer warmup;

    @Option(names = "--samples", defaultValue = "1000000", description = "samples per sample() call (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--memory-iterations", defaultValue = "5000",
            description = "length of the memory run; resident memory is read after " + MEMORY_MARK
                    + " iterations and at the end (the acceptance run uses 50000; default: ${DEFAULT-VALUE})")
    int memoryIterations;

    @Option(names = "--threads", description = "native threads (sets the cwgan.threads system property; default: "
            + "the backend's, 1)")
    Integer threads;

    @Option(names = "--seed", defaultValue = "42", description = "training seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", defaultValue = "out/bench.json", description = "the JSON file to write (default: ${DEFAULT-VALUE})")
    Path json;

    private final PrintStream stdout = System.out;

    @Override
    public Integer call() throws Exception {
        Set<String> selected = validate();
        if (threads != null) {
            System.setProperty("cwgan.threads", Integer.toString(threads));
        }
        Machine machine = Machine.current();
        String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        stdout.println("cwgan bench on " + machine);
        ConditionalDataset<Integer> data = readData();

        Map<Workload, Stats> training = new LinkedHashMap<>();
        Map<Workload, Stats> cpu = new LinkedHashMap<>();
        Map<Workload, Integer> perRep = new LinkedHashMap<>();
        TrainedWgan<Integer> sampler = null;
        try {
            for (Workload w : Workload.values()) {
                if (!selected.contains(w.id())) {
                    continue;
                }
                int n = w == Workload.BATCH32 ? iterations : largeIterations;
                perRep.put(w, n);
                TrainedWgan<Integer> model = trainingRate(w, data, n, training, cpu);
                if (sampler == null && w == Workload.BATCH32) {
                    sampler = model;
                } else {
                    model.close();
                }
            }
            Stats sampling = null;
            if (selected.contains("sample")) {
                if (sampler == null) {
                    sampler = Workload.BATCH32.wgan(seed).fit(data, 100);
                }
                sampling = samplingRate(sampler);
            }
            long[] memory = selected.contains("memory") ? memory(data) : null;

            printTable(machine, training, cpu, perRep, sampling, memory);
            writeJson(machine, started, training, cpu, perRep, sampling, memory);
        } finally {
            if (sampler != null) {
                sampler.close();
            }
        }
        return 0;
    }

    private Set<String> validate() {
        requirePositive("--reps", reps);
        requirePositive("--iterations", iterations);
        requirePositive("--large-iterations", largeIterations);
        requirePositive("--samples", samples);
        if (warmup != null && warmup < 0) {
            throw new IllegalArgumentException("--warmup must be >= 0, was " + warmup);
        }
        if (threads != null) {
            requirePositive("--threads", threads);
        }
        Set<String> selected = new LinkedHashSet<>();
        for (String s : workloads) {
            String id = s.trim().toLowerCase(Locale.ROOT);
            if (!id.equals("sample") && !id.equals("memory")) {
                Workload.parse(id);
            }
            selected.add(id);
        }
        if (selected.contains("memory")) {
            if (memoryIterations <= MEMORY_MARK) {
                throw new IllegalArgumentException("--memory-iterations must be > " + MEMORY_MARK + ", was "
                        + memoryIterations);
            }
            if (!ResidentMemory.available()) {
                throw new IllegalArgumentException("the memory workload reads /proc/self/status, which this system "
                        + "lacks; leave 'memory' out of --workloads");
            }
        }
        return selected;
    }

    private static void requirePositive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + v);
        }
    }

    private ConditionalDataset<Integer> readData() throws IOException {
        try (InputStream in = BenchCommand.class.getResourceAsStream(DATA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DATA_RESOURCE + " is missing from the class path");
            }
            return CsvReader.of(OneHot.of(10)).read(new InputStreamReader(in, StandardCharsets.UTF_8),
                    "ten-gaussians.csv");
        }
    }

    /** Warm-up, then {@link #reps} timed {@code continueTraining} calls of {@code n} iterations each. */
    private TrainedWgan<Integer> trainingRate(Workload w, ConditionalDataset<Integer> data, int n,
                                              Map<Workload, Stats> out, Map<Workload, Stats> cpuOut) {
        int warm = warmup != null ? warmup : Math.max(100, n / 2);
        stdout.printf(Locale.ROOT, "%s: warm-up %d iterations, then %d x %d...%n", w.id(), warm, reps, n);
        ConditionalWgan<Integer> wgan = w.wgan(seed);
        TrainedWgan<Integer> model = wgan.fit(data, Math.max(1, warm));
        double[] rates = new double[reps];
        double[] cpuMs = new double[reps];
        for (int r = 0; r < reps; r++) {
            long c0 = CpuTime.processNanos();
            long t0 = System.nanoTime();
            TrainedWgan<Integer> next = model.continueTraining(data, n);
            double seconds = (System.nanoTime() - t0) / 1e9;
            cpuMs[r] = (CpuTime.processNanos() - c0) / 1e6 / n;
            model.close();
            model = next;
            rates[r] = n / seconds;
            stdout.printf(Locale.ROOT, "  rep %d: %.1f it/s (%.2f ms/it, CPU %.2f ms/it)%n", r + 1, rates[r],
                    1000 / rates[r], cpuMs[r]);
        }
        out.put(w, Stats.of(rates));
        cpuOut.put(w, Stats.of(cpuMs));
        return model;
    }

    private Stats samplingRate(TrainedWgan<Integer> model) {
        stdout.printf(Locale.ROOT, "sample: warm-up, then %d x sample(%d, %d)...%n", reps, SAMPLE_CLASS, samples);
        model.sample(SAMPLE_CLASS, samples, 1);
        double[] rates = new double[reps];
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            float[][] xs = model.sample(SAMPLE_CLASS, samples, r + 2);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (xs.length != samples) {
                throw new IllegalStateException("sample returned " + xs.length + " rows, expected " + samples);
            }
            rates[r] = samples / seconds;
            stdout.printf(Locale.ROOT, "  rep %d: %.3g samples/s%n", r + 1, rates[r]);
        }
        return Stats.of(rates);
    }

    /** Resident memory after {@link #MEMORY_MARK} iterations and after {@link #memoryIterations}, one run. */
    private long[] memory(ConditionalDataset<Integer> data) {
        stdout.printf(Locale.ROOT, "memory: one run of %d iterations (batch 32), VmRSS read at %d and at the end...%n",
                memoryIterations, MEMORY_MARK);
        long[] rss = new long[2];
        TrainingListener probe = new TrainingListener() {
            @Override
            public void onIteration(IterationEvent e) {
                if (e.iteration() == MEMORY_MARK) {
                    rss[0] = ResidentMemory.bytes();
                } else if (e.iteration() == e.lastIteration()) {
                    // Read inside training, before fit builds the trained model's snapshot arrays.
                    rss[1] = ResidentMemory.bytes();
                }
            }
        };
        try (TrainedWgan<Integer> model = Workload.BATCH32.wgan(seed).fit(data, memoryIterations, probe)) {
            if (model.iterationsTrained() != memoryIterations) {
                throw new IllegalStateException("trained " + model.iterationsTrained() + " iterations");
            }
        }
        return rss;
    }

    private void printTable(Machine machine, Map<Workload, Stats> training, Map<Workload, Stats> cpu,
                            Map<Workload, Integer> perRep, Stats sampling, long[] memory) {
        stdout.println();
        stdout.println("cwgan bench: median of " + reps + " repetitions after warm-up; spread = min..max");
        stdout.println("machine: " + machine);
        String fmt = "%-52s %10s %10s %10s %8s %10s%n";
        stdout.printf(Locale.ROOT, fmt, "workload", "median", "min", "max", "ms/it", "CPU ms/it");
        for (Map.Entry<Workload, Stats> e : training.entrySet()) {
            Stats s = e.getValue();
            stdout.printf(Locale.ROOT, fmt, e.getKey().id() + " (" + e.getKey().description() + ") it/s",
                    num(s.median()), num(s.min()), num(s.max()), String.format(Locale.ROOT, "%.2f", 1000 / s.median()),
                    String.format(Locale.ROOT, "%.2f", cpu.get(e.getKey()).median()));
        }
        if (sampling != null) {
            stdout.printf(Locale.ROOT, fmt, "sample(" + SAMPLE_CLASS + ", " + samples + ") samples/s",
                    num(sampling.median()), num(sampling.min()), num(sampling.max()), "", "");
        }
        if (memory != null) {
            stdout.printf(Locale.ROOT, "resident memory (VmRSS): %.1f MiB after %d iterations, %.1f MiB after %d (%+.1f %%)%n",
                    memory[0] / 1048576.0, MEMORY_MARK, memory[1] / 1048576.0, memoryIterations,
                    100.0 * (memory[1] - memory[0]) / memory[0]);
        }
        if (!perRep.isEmpty()) {
            List<String> notes = new ArrayList<>();
            perRep.forEach((w, n) -> notes.add(w.id() + " " + n));
            stdout.println("iterations per repetition: " + String.join(", ", notes));
        }
    }

    private static String num(double v) {
        return v >= 10_000 ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private void writeJson(Machine machine, String started, Map<Workload, Stats> training, Map<Workload, Stats> cpu,
                           Map<Workload, Integer> perRep, Stats sampling, long[] memory) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("started", started);
        ObjectNode m = root.putObject("machine");
        m.put("cpu", machine.cpu());
        m.put("cores", machine.cores());
        m.put("java", machine.java());
        m.put("os", machine.os());
        m.put("loadAverageAtStart", machine.load());
        root.put("threads", threads != null ? threads : Integer.getInteger("cwgan.threads", 1));
        root.put("repetitions", reps);
        ObjectNode t = root.putObject("training");
        for (Map.Entry<Workload, Stats> e : training.entrySet()) {
            ObjectNode w = stats(t.putObject(e.getKey().id()), e.getValue());
            w.put("description", e.getKey().description());
            w.put("unit", "iterations/s");
            w.put("batchSize", e.getKey().batchSize());
            w.put("iterationsPerRepetition", perRep.get(e.getKey()));
            stats(w.putObject("cpuMillisPerIteration"), cpu.get(e.getKey()));
        }
        if (sampling != null) {
            ObjectNode s = stats(root.putObject("sampling"), sampling);
            s.put("unit", "samples/s");
            s.put("samplesPerCall", samples);
        }
        if (memory != null) {
            ObjectNode mem = root.putObject("memory");
            mem.put("markIterations", MEMORY_MARK);
            mem.put("rssBytesAtMark", memory[0]);
            mem.put("iterations", memoryIterations);
            mem.put("rssBytesAtEnd", memory[1]);
            mem.put("growthPercent", 100.0 * (memory[1] - memory[0]) / memory[0]);
        }
        Path file = json.toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
                + "\n");
        stdout.println("wrote " + file);
    }

    private static ObjectNode stats(ObjectNode node, Stats s) {
        node.put("median", s.median());
        node.put("min", s.min());
        node.put("max", s.max());
        node.put("q1", s.q1());
        node.put("q3", s.q3());
        ArrayNode all = node.putArray("repetitions");
        for (double v : s.samples()) {
            all.add(v);
        }
        return node;
    }
}
