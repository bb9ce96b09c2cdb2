package io.github.cwgan.nd4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cwgan.nd4j.internal.ActivationFunction.Kind;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ActivationFunctionTest {
    static final double[] POINTS = {-3.1, -0.7, -0.05, 0.04, 0.6, 2.5};

    @Test
    void derivatives_everyKind_matchFiniteDifferences() {
        for (Kind kind : Kind.values()) {
            ActivationFunction a = ActivationFunction.of(kind.name(), 0.3);
            for (double z : POINTS) {
                double h = 1e-6;
                double d1 = (a.value(z + h) - a.value(z - h)) / (2 * h);
                double d2 = (a.derivative(z + h) - a.derivative(z - h)) / (2 * h);
                assertThat(a.derivative(z)).as("%s'(%s)", kind, z).isCloseTo(d1, within(1e-8));
                assertThat(a.secondDerivative(z)).as("%s''(%s)", kind, z).isCloseTo(d2, within(1e-7));
            }
        }
    }

    @Test
    void values_matchDefinitions() {
        assertThat(ActivationFunction.relu().value(-2)).isZero();
        assertThat(ActivationFunction.leakyRelu(0.2).value(-2)).isEqualTo(-0.4, within(1e-15));
        assertThat(ActivationFunction.elu(1.5).value(-1)).isCloseTo(1.5 * (Math.exp(-1) - 1),
                within(1e-15));
        assertThat(ActivationFunction.softplus().value(0)).isCloseTo(Math.log(2), within(1e-15));
        assertThat(ActivationFunction.softplus().value(800)).isEqualTo(800);
        assertThat(ActivationFunction.sigmoid().value(-800)).isZero();
        assertThat(ActivationFunction.tanh().value(0.5)).isEqualTo(Math.tanh(0.5));
        assertThat(ActivationFunction.relu().derivative(0)).isZero();
        assertThat(ActivationFunction.leakyRelu(0.1).derivative(0)).isEqualTo(0.1);
    }

    @Test
    void smoothness_flag_matchesKinds() {
        assertThat(ActivationFunction.relu().hasSecondDerivative()).isFalse();
        assertThat(ActivationFunction.leakyRelu(0.1).hasSecondDerivative()).isFalse();
        assertThat(ActivationFunction.identity().hasSecondDerivative()).isFalse();
        assertThat(ActivationFunction.tanh().hasSecondDerivative()).isTrue();
        assertThat(ActivationFunction.elu(1).hasSecondDerivative()).isTrue();
    }

    @Test
    void indArrayForms_matchScalarForms() {
        ActivationFunction a = ActivationFunction.of("sigmoid", 0);
        INDArray z = Nd4j.create(POINTS);
        INDArray out = Nd4j.create(z.dataType(), POINTS.length);
        a.secondDerivative(z, out);
        for (int i = 0; i < POINTS.length; i++) {
            assertThat(out.getDouble(i)).isEqualTo(a.secondDerivative(POINTS[i]));
        }
        a.value(z, out);
        assertThat(out.getDouble(2)).isEqualTo(a.value(POINTS[2]));
        a.derivative(z, out);
        assertThat(out.getDouble(4)).isEqualTo(a.derivative(POINTS[4]));
    }

    @Test
    void unknownKind_isRejected() {
        assertThatThrownBy(() -> ActivationFunction.of("gelu", 0)).hasMessageContaining("gelu");
        assertThat(ActivationFunction.of("leaky_relu", 0.01).kind()).isEqualTo(Kind.LEAKY_RELU);
    }
}
