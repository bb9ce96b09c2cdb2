package io.github.cwgan.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident set size of this process, from {@code /proc/self/status} (Linux only). */
final class ResidentMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {
    }

    /** Whether {@code /proc/self/status} can be read here. */
    static boolean available() {
        return Files.isReadable(STATUS);
    }

    /** VmRSS in bytes. */
    static long bytes() {
        try {
            return parseVmRss(Files.readString(STATUS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STATUS, e);
        }
    }

    /** The VmRSS line of a {@code /proc/<pid>/status} text, in bytes. */
    static long parseVmRss(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring(6).trim().split("\\s+");
                long value = Long.parseLong(parts[0]);
                if (parts.length < 2 || !parts[1].equalsIgnoreCase("kB")) {
                    throw new IllegalArgumentException("unexpected VmRSS unit in: " + line);
                }
                return value * 1024;
            }
        }
        throw new IllegalArgumentException("no VmRSS line in /proc/self/status");
    }
}
