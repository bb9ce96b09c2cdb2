package io.github.cwgan.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU time of this process, all threads (training, garbage collection, compilation). On a machine
 * that other jobs keep busy, CPU time per iteration is steadier than wall time: it counts the time
 * this process ran, not the time it waited for a core.
 */
final class CpuTime {

    private CpuTime() {
    }

    /** Nanoseconds of CPU used by this process so far, or 0 where the JVM cannot tell. */
    static long processNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            return Math.max(t, 0);
        }
        return 0;
    }
}
