package io.github.cwgan.nd4j.internal;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A deterministic, explicitly seeded random generator (splitmix64) whose whole state is one
 * {@code long}: {@link #state()} and {@link #restore(long)} make checkpoints that resume bit for
 * bit. Normal draws use the Marsaglia polar method with {@link StrictMath}, so the streams are the
 * same on every JVM; draws come in pairs and a fill of odd length drops the last spare, so no
 * hidden state is kept between calls.
 *
 * <p>Not thread-safe. Never uses {@code Nd4j.getRandom()}.
 */
public final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    /** A generator seeded with {@code seed}; equal seeds give equal streams. */
    public Rng(long seed) {
        this.state = seed;
    }

    /** The whole state of this generator. */
    public long state() {
        return state;
    }

    /** Restores a state read with {@link #state()}; the stream continues exactly from there. */
    public void restore(long savedState) {
        this.state = savedState;
    }

    /**
     * A new generator whose stream is independent of this one's continuation (consumes one draw
     * from this generator).
     */
    public Rng split() {
        return new Rng(mix(nextLong() ^ 0x6A09E667F3BCC909L));
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    private static long mix(long x) {
        long z = x;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform on [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform integer in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, was " + bound);
        }
        int bits;
        int val;
        do {
            bits = (int) (nextLong() >>> 33);
            val = bits % bound;
        } while (bits - val + (bound - 1) < 0);
        return val;
    }

    /** Fills {@code a} with U[0, 1). */
    public void fillUniform(double[] a) {
        fillUniform((i, v) -> a[i] = v, 0, a.length);
    }

    /** Fills {@code a} with U[0, 1), each value from 24 random bits. */
    public void fillUniform(float[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = (nextLong() >>> 40) * 0x1.0p-24f;
        }
    }

    /** Fills {@code a} with N(0, 1). */
    public void fillNormal(double[] a) {
        fillNormal((i, v) -> a[i] = v, 0, a.length);
    }

    /** Fills {@code a} with N(0, 1). */
    public void fillNormal(float[] a) {
        fillNormal((i, v) -> a[i] = (float) v, 0, a.length);
    }

    /**
     * Fills {@code a} with an inverted-dropout mask: 0 with probability {@code p}, else {@code 1 / (1
     * - p)}; one {@link #nextLong()} decides several elements (see {@link #fillDropoutMask(float[],
     * int, int, double)}).
     */
    public void fillDropoutMask(double[] a, double p) {
        fillDropoutMask((i, v) -> a[i] = v, 0, a.length, p);
    }

    /** Float version of {@link #fillDropoutMask(double[], double)}. */
    public void fillDropoutMask(float[] a, double p) {
        fillDropoutMask((i, v) -> a[i] = (float) v, 0, a.length, p);
    }

    /**
     * Fills a FLOAT or DOUBLE array (views too, in c order) with U[0, 1) drawn with 53 bits (a float
     * array may then hold 1.0f after rounding, that is U[0, 1]).
     */
    public void fillUniform(INDArray a) {
        fill(a, (sink, n) -> fillUniform(sink, 0, n));
    }

    /** Fills a FLOAT or DOUBLE array (views too, in c order) with N(0, 1). */
    public void fillNormal(INDArray a) {
        fill(a, (sink, n) -> fillNormal(sink, 0, n));
    }

    /** Fills a FLOAT or DOUBLE array (views too, in c order) with an inverted-dropout mask. */
    public void fillDropoutMask(INDArray a, double p) {
        fill(a, (sink, n) -> fillDropoutMask(sink, 0, n, p));
    }

    private static void fill(INDArray a, java.util.function.ObjIntConsumer<Sink> filler) {
        Mat m = Mat.ofContiguous(a);
        if (m != null) {
            filler.accept(m, m.size());
            m.push(0, m.size());
            return;
        }
        double[] tmp = new double[(int) a.length()];
        filler.accept((i, v) -> tmp[i] = v, tmp.length);
        a.assign(Nd4j.create(tmp, a.shape(), 'c').castTo(a.dataType()));
    }

    /** Where fills write: index and value. */
    interface Sink {
        void set(int i, double v);
    }

    void fillUniform(Sink s, int from, int to) {
        for (int i = from; i < to; i++) {
            double u = nextDouble();
            s.set(i, u);
        }
    }

    /** Uniform values in [lo, hi). */
    void fillUniform(Sink s, int from, int to, double lo, double hi) {
        for (int i = from; i < to; i++) {
            s.set(i, lo + (hi - lo) * nextDouble());
        }
    }

    void fillNormal(Sink s, int from, int to) {
        int i = from;
        while (i < to) {
            double u;
            double v;
            double r2;
            do {
                u = 2 * nextDouble() - 1;
                v = 2 * nextDouble() - 1;
                r2 = u * u + v * v;
            } while (r2 >= 1 || r2 == 0);
            double f = StrictMath.sqrt(-2 * StrictMath.log(r2) / r2);
            s.set(i++, u * f);
            if (i < to) {
                s.set(i++, v * f);
            }
        }
    }

    private static double checkDropout(double p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1), was " + p);
        }
        return p;
    }

    /**
     * Same values as {@link #fillDropoutMask(Sink, int, int, double)}, straight into an array.
     *
     * <p>Each mask element needs one Bernoulli(p) draw, and a draw needs far fewer than 64 random
     * bits, so one {@link #nextLong()} serves several elements: when p·2^k is an integer for some k
     * &lt;= 16 (p = 0.5: k = 1; p = 0.25: k = 2; ...), element i is dropped when its k-bit chunk, read
     * as an integer, is below p·2^k, which has probability exactly p, and a long serves 64/k elements
     * (64 for p = 0.5); for any other p, 32-bit chunks are compared with ⌈p·2^32⌉ (probability within
     * 2^-32 of p), two per long. Chunks are taken from the low bits up; bits left over at the end of
     * a fill are discarded, so no state is kept between calls.
     */
    void fillDropoutMask(float[] a, int from, int to, double p) {
        checkDropout(p);
        float keep = (float) (1 / (1 - p));
        if (p == 0) {
            java.util.Arrays.fill(a, from, to, keep);
            return;
        }
        int bits = chunkBits(p);
        long threshold = dropThreshold(p, bits);
        int perLong = 64 / bits;
        long chunkMask = bits == 64 ? -1L : (1L << bits) - 1;
        long st = state;
        int i = from;
        if (bits == 1) {
            // p = 0.5: bit j of the long decides element j (dropped when the bit is 0 < 1 = threshold).
            while (i + 64 <= to) {
                st += GOLDEN;
                long r = mix(st);
                for (int j = 0; j < 64; j++) {
                    a[i + j] = keep * (float) ((r >>> j) & 1L); // branch-free: the bits are coin flips
                }
                i += 64;
            }
        }
        while (i < to) {
            st += GOLDEN;
            long r = mix(st);
            int n = Math.min(perLong, to - i);
            for (int j = 0; j < n; j++) {
                long chunk = (r >>> (j * bits)) & chunkMask;
                a[i + j] = keep * (float) (1 - ((chunk - threshold) >>> 63)); // 0 when chunk < threshold
            }
            i += n;
        }
        state = st;
    }

    void fillDropoutMask(Sink s, int from, int to, double p) {
        checkDropout(p);
        double keep = 1 / (1 - p);
        if (p == 0) {
            for (int i = from; i < to; i++) {
                s.set(i, keep);
            }
            return;
        }
        int bits = chunkBits(p);
        long threshold = dropThreshold(p, bits);
        int perLong = 64 / bits;
        long chunkMask = (1L << bits) - 1;
        int i = from;
        while (i < to) {
            long r = nextLong();
            int n = Math.min(perLong, to - i);
            for (int j = 0; j < n; j++) {
                long chunk = (r >>> (j * bits)) & chunkMask;
                s.set(i + j, chunk < threshold ? 0 : keep);
            }
            i += n;
        }
    }

    /** Bits per Bernoulli(p) draw: the least k &lt;= 16 with p·2^k an integer, else 32. */
    static int chunkBits(double p) {
        for (int k = 1; k <= 16; k++) {
            double scaled = Math.scalb(p, k);
            if (scaled == Math.rint(scaled)) {
                return k;
            }
        }
        return 32;
    }

    /** A chunk of {@code bits} bits below this value means "dropped": exact p·2^k, or ⌈p·2^32⌉. */
    static long dropThreshold(double p, int bits) {
        return (long) Math.ceil(Math.scalb(p, bits));
    }
}
