package io.github.cwgan.nd4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class RngTest {
    @Test
    void nextLong_seedZero_isSplitmix64() {
        Rng rng = new Rng(0);
        assertThat(rng.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(rng.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    }

    @Test
    void stream_sameSeed_isSame() {
        Rng a = new Rng(123);
        Rng b = new Rng(123);
        double[] na = new double[101];
        double[] nb = new double[101];
        a.fillNormal(na);
        b.fillNormal(nb);
        assertThat(nb).containsExactly(na);
        assertThat(b.nextInt(1000)).isEqualTo(a.nextInt(1000));
        assertThat(new Rng(124).nextLong()).isNotEqualTo(new Rng(123).nextLong());
    }

    @Test
    void restore_continuesIdentically() {
        Rng rng = new Rng(9);
        rng.fillNormal(new float[7]);
        long saved = rng.state();
        float[] first = new float[33];
        rng.fillNormal(first);
        float[] mask = new float[20];
        rng.fillDropoutMask(mask, 0.5);
        int draw = rng.nextInt(32);

        Rng other = new Rng(0);
        other.restore(saved);
        float[] again = new float[33];
        other.fillNormal(again);
        float[] mask2 = new float[20];
        other.fillDropoutMask(mask2, 0.5);
        assertThat(again).containsExactly(first);
        assertThat(mask2).containsExactly(mask);
        assertThat(other.nextInt(32)).isEqualTo(draw);
        assertThat(other.state()).isEqualTo(rng.state());
    }

    @Test
    void fillNormal_hasUnitMoments() {
        double[] a = new double[200_000];
        new Rng(1).fillNormal(a);
        double mean = 0;
        double sq = 0;
        for (double v : a) {
            mean += v;
            sq += v * v;
        }
        mean /= a.length;
        assertThat(mean).isCloseTo(0, within(0.01));
        assertThat(sq / a.length - mean * mean).isCloseTo(1, within(0.01));
    }

    @Test
    void fillUniform_staysInUnitInterval() {
        float[] f = new float[100_000];
        double[] d = new double[100_000];
        Rng rng = new Rng(2);
        rng.fillUniform(f);
        rng.fillUniform(d);
        double mean = 0;
        for (int i = 0; i < f.length; i++) {
            assertThat(f[i]).isBetween(0f, Math.nextDown(1f));
            assertThat(d[i]).isBetween(0.0, Math.nextDown(1.0));
            mean += d[i] / d.length;
        }
        assertThat(mean).isCloseTo(0.5, within(0.01));
    }

    @Test
    void dropoutMask_isInvertedAndScaled() {
        double[] m = new double[100_000];
        new Rng(3).fillDropoutMask(m, 0.25);
        int zeros = 0;
        for (double v : m) {
            assertThat(v).isIn(0.0, 1 / 0.75);
            zeros += v == 0 ? 1 : 0;
        }
        assertThat(zeros / (double) m.length).isCloseTo(0.25, within(0.01));
        assertThatThrownBy(() -> new Rng(3).fillDropoutMask(m, 1.0)).hasMessageContaining("dropout");
    }

    @Test
    void dropoutMask_halfProbability_takesOneBitPerElement() {
        Rng rng = new Rng(21);
        float[] mask = new float[130];
        rng.fillDropoutMask(mask, 0, mask.length, 0.5);
        Rng bits = new Rng(21);
        for (int i = 0; i < mask.length; i += 64) {
            long r = bits.nextLong();
            for (int j = 0; j < 64 && i + j < mask.length; j++) {
                assertThat(mask[i + j]).isEqualTo(((r >>> j) & 1) == 0 ? 0f : 2f);
            }
        }
        assertThat(rng.state()).isEqualTo(bits.state()); // 3 draws for 130 elements, none left over
    }

    @Test
    void dropoutMask_floatAndDoubleFills_agree() {
        for (double p : new double[] {0.5, 0.25, 0.125, 0.1, 0.3, 0.0}) {
            for (int n : new int[] {1, 7, 64, 65, 200}) {
                float[] f = new float[n];
                double[] d = new double[n];
                Rng a = new Rng(n);
                Rng b = new Rng(n);
                a.fillDropoutMask(f, 0, n, p);
                b.fillDropoutMask(d, p);
                for (int i = 0; i < n; i++) {
                    assertThat(f[i]).as("p=%s n=%s i=%s", p, n, i).isEqualTo((float) d[i]);
                }
                assertThat(a.state()).isEqualTo(b.state());
            }
        }
    }

    @Test
    void dropoutMask_nonDyadicProbability_hasThatRate() {
        assertThat(Rng.chunkBits(0.5)).isEqualTo(1);
        assertThat(Rng.chunkBits(0.375)).isEqualTo(3);
        assertThat(Rng.chunkBits(0.1)).isEqualTo(32);
        for (double p : new double[] {0.1, 0.3, 0.5, 0.75}) {
            float[] m = new float[200_000];
            new Rng(17).fillDropoutMask(m, 0, m.length, p);
            int zeros = 0;
            for (float v : m) {
                assertThat(v).isIn(0f, (float) (1 / (1 - p)));
                zeros += v == 0 ? 1 : 0;
            }
            assertThat(zeros / (double) m.length).as("p=%s", p).isCloseTo(p, within(0.005));
        }
    }

    @Test
    void nextInt_isWithinBoundAndCoversIt() {
        Rng rng = new Rng(4);
        int[] counts = new int[10];
        for (int i = 0; i < 10_000; i++) {
            counts[rng.nextInt(10)]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(900, 1100);
        }
        assertThatThrownBy(() -> rng.nextInt(0)).hasMessageContaining("bound");
    }

    @Test
    void fillIndArray_matchesFillOfJavaArray() {
        INDArray a = Nd4j.create(DataType.FLOAT, 3, 5);
        new Rng(8).fillNormal(a);
        float[] expected = new float[15];
        new Rng(8).fillNormal(expected);
        assertThat(a.ravel().toFloatVector()).containsExactly(expected);
    }

    @Test
    void split_givesIndependentReproducibleStream() {
        Rng a = new Rng(5);
        Rng child = a.split();
        Rng b = new Rng(5);
        Rng child2 = b.split();
        assertThat(child2.nextLong()).isEqualTo(child.nextLong());
        assertThat(b.nextLong()).isEqualTo(a.nextLong()).isNotEqualTo(child.nextLong());
    }
}
