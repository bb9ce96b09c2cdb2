package io.github.cwgan.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a measurement ran on: CPU model, logical cores, Java and OS.
 *
 * @param cpu   the CPU's model name from {@code /proc/cpuinfo}, or {@code os.arch} where it is unreadable
 * @param cores logical processors available to the JVM
 * @param java  the Java runtime version
 * @param os    operating system name and version
 * @param load  the one-minute load average when the run started (negative where unknown)
 */
record Machine(String cpu, int cores, String java, String os, double load) {

    /** The machine this JVM runs on. */
    static Machine current() {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.toLowerCase(Locale.ROOT).startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through: not Linux, or not readable
        }
        return System.getProperty("os.arch");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, %d logical cores, Java %s, %s, load %.2f at start", cpu, cores, java,
                os, load);
    }
}
