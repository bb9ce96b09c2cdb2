package io.github.cwgan.examples.gaussians;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/** The viridis colour scale, linearly interpolated between nine of its colours; values outside are clamped. */
public final class ViridisScale implements PaintScale {

    private static final int[] STOPS = {
        0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725
    };

    private final double lower;
    private final double upper;

    /**
     * @param lower the value drawn darkest
     * @param upper the value drawn brightest
     */
    public ViridisScale(double lower, double upper) {
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double t = (value - lower) / (upper - lower);
        t = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double pos = t * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) pos);
        double f = pos - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
    }
}
