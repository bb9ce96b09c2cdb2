package io.github.cwgan.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cwgan.network.Activation.Kind;
import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void factories_haveTheirKindAndAlpha() {
        assertThat(Activation.relu()).isEqualTo(new Activation(Kind.RELU, 0));
        assertThat(Activation.leakyRelu(0.2)).isEqualTo(new Activation(Kind.LEAKY_RELU, 0.2));
        assertThat(Activation.tanh()).isEqualTo(new Activation(Kind.TANH, 0));
        assertThat(Activation.sigmoid()).isEqualTo(new Activation(Kind.SIGMOID, 0));
        assertThat(Activation.elu()).isEqualTo(new Activation(Kind.ELU, 1.0));
        assertThat(Activation.elu(0.5)).isEqualTo(new Activation(Kind.ELU, 0.5));
        assertThat(Activation.softplus()).isEqualTo(new Activation(Kind.SOFTPLUS, 0));
        assertThat(Activation.identity()).isEqualTo(new Activation(Kind.IDENTITY, 0));
    }

    @Test
    void toString_usesIdsAndAlpha() {
        assertThat(Activation.relu()).hasToString("relu");
        assertThat(Activation.leakyRelu(0.2)).hasToString("leaky-relu(0.2)");
        assertThat(Activation.elu()).hasToString("elu(1.0)");
    }

    @Test
    void leakyRelu_zeroAlpha_isAccepted() {
        assertThat(Activation.leakyRelu(0).alpha()).isEqualTo(0.0);
    }

    @Test
    void leakyRelu_negativeAlpha_isRejected() {
        assertThatThrownBy(() -> Activation.leakyRelu(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leakyRelu alpha")
                .hasMessageContaining("was -0.1");
    }

    @Test
    void leakyRelu_alphaOne_isRejected() {
        assertThatThrownBy(() -> Activation.leakyRelu(1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leakyRelu alpha")
                .hasMessageContaining("[0, 1)")
                .hasMessageContaining("was 1.0");
    }

    @Test
    void leakyRelu_nanAlpha_isRejected() {
        assertThatThrownBy(() -> Activation.leakyRelu(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha")
                .hasMessageContaining("was NaN");
    }

    @Test
    void elu_zeroAlpha_isRejected() {
        assertThatThrownBy(() -> Activation.elu(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("elu alpha must be > 0")
                .hasMessageContaining("was 0.0");
    }

    @Test
    void elu_infiniteAlpha_isRejected() {
        assertThatThrownBy(() -> Activation.elu(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha")
                .hasMessageContaining("was Infinity");
    }

    @Test
    void alphaOnRelu_isRejected() {
        assertThatThrownBy(() -> new Activation(Kind.RELU, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relu takes no alpha")
                .hasMessageContaining("was 0.1");
    }

    @Test
    void alphaOnTanh_isRejected() {
        assertThatThrownBy(() -> new Activation(Kind.TANH, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tanh takes no alpha")
                .hasMessageContaining("was 2.0");
    }

    @Test
    void nullKind_isRejected() {
        assertThatThrownBy(() -> new Activation(null, 0)).isInstanceOf(NullPointerException.class).hasMessage("kind");
    }

    @Test
    void kindIds_roundTrip() {
        for (Kind k : Kind.values()) {
            assertThat(Kind.ofId(k.id())).isSameAs(k);
        }
        assertThat(Kind.LEAKY_RELU.id()).isEqualTo("leaky-relu");
        assertThat(Kind.ofId("softplus")).isSameAs(Kind.SOFTPLUS);
    }

    @Test
    void kindOfId_unknown_isRejectedListingValidIds() {
        assertThatThrownBy(() -> Kind.ofId("LEAKY_RELU"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown activation 'LEAKY_RELU'")
                .hasMessageContaining("leaky-relu");
    }

    @Test
    void kindOfId_null_isRejected() {
        assertThatThrownBy(() -> Kind.ofId(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'null'");
    }
}
