package io.github.cwgan.nd4j;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process-wide ND4J settings the backend depends on, applied once before the first training run.
 *
 * <p><b>Threads.</b> The networks of conditional GANs on tabular data are small: a step is a few
 * dozen matrix products of a few hundred rows, where splitting work across threads costs more than it
 * saves (DESIGN.md measured a 256×256 add at 42 µs on one thread and 6.9 ms with two on a loaded
 * 2-core machine). One thread is also what makes float reductions, and so training, repeat bit for
 * bit. The default is therefore 1 OpenMP and 1 BLAS thread; the system property
 * {@value #THREADS_PROPERTY} sets another count (results are then still deterministic for a fixed
 * count, but may differ between counts).
 */
final class Nd4jRuntime {

    /** The system property that sets the number of native threads. */
    static final String THREADS_PROPERTY = "cwgan.threads";

    private static final Logger LOG = LoggerFactory.getLogger(Nd4jRuntime.class);
    private static volatile int threads;

    private Nd4jRuntime() {
    }

    /** Applies the settings once; later calls do nothing. */
    static void configure() {
        if (threads != 0) {
            return;
        }
        synchronized (Nd4jRuntime.class) {
            if (threads != 0) {
                return;
            }
            int n = Integer.getInteger(THREADS_PROPERTY, 1);
            if (n < 1) {
                throw new IllegalArgumentException("system property " + THREADS_PROPERTY + " must be >= 1, was " + n);
            }
            Nd4j.getBackend(); // loads the backend's properties, which NativeOpsHolder reads
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
            Nd4j.factory().blas().setMaxThreads(n);
            LOG.debug("ND4J configured with {} native thread(s)", n);
            threads = n;
        }
    }

    /** The configured thread count, or 0 before {@link #configure()}. */
    static int threads() {
        return threads;
    }
}
