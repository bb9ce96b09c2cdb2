package io.github.cwgan.nd4j.internal;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A row-major {@code rows x cols} block of a contiguous base {@link INDArray} (native memory, used
 * by OpenBLAS matrix products) with a Java heap mirror of the same size (used by plain, JIT-
 * vectorisable Java loops: {@link #get}/{@link #set}). The two are synchronised explicitly with
 * bulk copies: {@link #pull} (native to heap) and {@link #push} (heap to native). The native side
 * is authoritative whenever the block is seen from outside through an {@code INDArray}. Index
 * {@code i} is {@code row * cols + col} relative to the block's start.
 */
abstract class Mat implements Rng.Sink {
    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANS = 111;
    private static final int TRANS = 112;

    /** The contiguous base array whose memory this block lies in. */
    final INDArray base;
    /** Element offset of this block in {@link #base}. */
    final long offset;
    final int rows;
    final int cols;

    private Mat(INDArray base, long offset, int rows, int cols) {
        this.base = base;
        this.offset = offset;
        this.rows = rows;
        this.cols = cols;
    }

    /** Wraps {@code rows x cols} elements of {@code base} starting at {@code offset}. */
    static Mat of(INDArray base, long offset, int rows, int cols) {
        if (base.isView() || base.offset() != 0 || base.ordering() != 'c') {
            throw new IllegalArgumentException("Mat needs a contiguous base array, not a view");
        }
        if (offset < 0 || offset + (long) rows * cols > base.length()) {
            throw new IllegalArgumentException(
                    "block of " + rows + "x" + cols + " at " + offset + " exceeds length " + base.length());
        }
        if (base.dataType() == DataType.FLOAT) {
            return new F(base, offset, rows, cols);
        } else if (base.dataType() == DataType.DOUBLE) {
            return new D(base, offset, rows, cols);
        }
        throw new IllegalArgumentException("data type must be FLOAT or DOUBLE, was " + base.dataType());
    }

    /** A one-row block over all of {@code a} if it is a plain c-order array, else null. */
    static Mat ofContiguous(INDArray a) {
        if (a.isView() || a.offset() != 0 || a.ordering() != 'c') {
            return null;
        }
        return of(a, 0, 1, (int) a.length());
    }

    /** A fresh {@code INDArray} view {@code [rows, cols]} of this block (not for hot loops). */
    INDArray view() {
        long n = (long) rows * cols;
        INDArray flat = base.reshape(base.length()).get(NDArrayIndex.interval(offset, offset + n));
        return flat.reshape('c', rows, cols);
    }

    /** A fresh {@code INDArray} view of the first {@code r} rows (not for hot loops). */
    INDArray view(int r) {
        return view().get(NDArrayIndex.interval(0, r), NDArrayIndex.all());
    }

    /** Heap element i. */
    abstract double get(int i);

    /** Sets heap element i. */
    @Override
    public abstract void set(int i, double v);

    /** Copies native elements [from, from + len) to the heap mirror. */
    abstract void pull(int from, int len);

    /** Copies heap elements [from, from + len) to native memory. */
    abstract void push(int from, int len);

    /** Sets native elements [from, from + len) to zero (heap untouched). */
    abstract void zeroNative(int from, int len);

    /** Number of elements. */
    final int size() {
        return rows * cols;
    }

    final void add(int i, double v) {
        set(i, get(i) + v);
    }

    /** Fills heap elements [from, to). */
    final void fill(double v, int from, int to) {
        for (int i = from; i < to; i++) {
            set(i, v);
        }
    }

    /** Copies {@code count} heap elements from {@code src[srcFrom..]} to {@code this[from..]}. */
    final void copy(int from, Mat src, int srcFrom, int count) {
        for (int k = 0; k < count; k++) {
            set(from + k, src.get(srcFrom + k));
        }
    }

    /**
     * {@code C = alpha * op(A) * op(B) + beta * C} on row-major blocks, offsets in elements relative
     * to each block's start. {@code m x k} times {@code k x n}.
     */
    static void gemm(
            boolean transA, boolean transB, int m, int n, int k, double alpha,
            Mat a, int aOff, int lda, Mat b, int bOff, int ldb, double beta, Mat c, int cOff, int ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            if (beta != 1) {
                if (beta != 0 || ldc != n) {
                    throw new IllegalArgumentException("k = 0 supports beta 0 (dense C) or 1 only");
                }
                c.zeroNative(cOff, m * n);
            }
            return;
        }
        int ta = transA ? TRANS : NO_TRANS;
        int tb = transB ? TRANS : NO_TRANS;
        if (c instanceof F cf) {
            F af = (F) a;
            F bf = (F) b;
            openblas_nolapack.cblas_sgemm(ROW_MAJOR, ta, tb, m, n, k, (float) alpha,
                    af.pa.position(af.offset + aOff), lda, bf.pb.position(bf.offset + bOff), ldb,
                    (float) beta, cf.pc.position(cf.offset + cOff), ldc);
        } else {
            D cd = (D) c;
            D ad = (D) a;
            D bd = (D) b;
            openblas_nolapack.cblas_dgemm(ROW_MAJOR, ta, tb, m, n, k, alpha,
                    ad.pa.position(ad.offset + aOff), lda, bd.pb.position(bd.offset + bOff), ldb,
                    beta, cd.pc.position(cd.offset + cOff), ldc);
        }
    }

    /** Float block. */
    static final class F extends Mat {
        private static final float[] ZEROS = new float[4096];
        final float[] h;
        final FloatBuffer buf;
        final FloatPointer pa;
        final FloatPointer pb;
        final FloatPointer pc;

        F(INDArray base, long offset, int rows, int cols) {
            super(base, offset, rows, cols);
            FloatBuffer all = base.data().asNioFloat();
            all.position((int) offset);
            all.limit((int) (offset + (long) rows * cols));
            this.buf = all.slice();
            FloatPointer p = (FloatPointer) base.data().addressPointer();
            this.pa = new FloatPointer(p);
            this.pb = new FloatPointer(p);
            this.pc = new FloatPointer(p);
            this.h = new float[rows * cols];
        }

        @Override
        double get(int i) {
            return h[i];
        }

        @Override
        public void set(int i, double v) {
            h[i] = (float) v;
        }

        @Override
        void pull(int from, int len) {
            buf.get(from, h, from, len);
        }

        @Override
        void push(int from, int len) {
            buf.put(from, h, from, len);
        }

        @Override
        void zeroNative(int from, int len) {
            for (int done = 0; done < len; done += ZEROS.length) {
                buf.put(from + done, ZEROS, 0, Math.min(ZEROS.length, len - done));
            }
        }
    }

    /** Double block. */
    static final class D extends Mat {
        private static final double[] ZEROS = new double[4096];
        final double[] h;
        final DoubleBuffer buf;
        final DoublePointer pa;
        final DoublePointer pb;
        final DoublePointer pc;

        D(INDArray base, long offset, int rows, int cols) {
            super(base, offset, rows, cols);
            DoubleBuffer all = base.data().asNioDouble();
            all.position((int) offset);
            all.limit((int) (offset + (long) rows * cols));
            this.buf = all.slice();
            DoublePointer p = (DoublePointer) base.data().addressPointer();
            this.pa = new DoublePointer(p);
            this.pb = new DoublePointer(p);
            this.pc = new DoublePointer(p);
            this.h = new double[rows * cols];
        }

        @Override
        double get(int i) {
            return h[i];
        }

        @Override
        public void set(int i, double v) {
            h[i] = v;
        }

        @Override
        void pull(int from, int len) {
            buf.get(from, h, from, len);
        }

        @Override
        void push(int from, int len) {
            buf.put(from, h, from, len);
        }

        @Override
        void zeroNative(int from, int len) {
            for (int done = 0; done < len; done += ZEROS.length) {
                buf.put(from + done, ZEROS, 0, Math.min(ZEROS.length, len - done));
            }
        }
    }
}
