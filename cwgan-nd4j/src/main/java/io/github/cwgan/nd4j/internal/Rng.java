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
   * Fills {@code a} with an inverted-dropout mask: 0 with probability {@code p} (one draw each:
   * dropped when U[0, 1) &lt; p), else {@code 1 / (1 - p)}.
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

  /** Same values as {@link #fillDropoutMask(Sink, int, int, double)}, straight into an array. */
  void fillDropoutMask(float[] a, int from, int to, double p) {
    checkDropout(p);
    float keep = (float) (1 / (1 - p));
    long st = state;
    for (int i = from; i < to; i++) {
      st += GOLDEN;
      a[i] = ((mix(st) >>> 11) * 0x1.0p-53) < p ? 0f : keep;
    }
    state = st;
  }

  void fillDropoutMask(Sink s, int from, int to, double p) {
    checkDropout(p);
    double keep = 1 / (1 - p);
    for (int i = from; i < to; i++) {
      s.set(i, nextDouble() < p ? 0 : keep);
    }
  }


}
