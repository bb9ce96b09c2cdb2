package io.github.cwgan.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MlpTest {

    @Test
    void hidden_defaults_reluNoDropoutIdentityOutput() {
        Mlp m = Mlp.hidden(128, 256, 256);

        assertThat(m.hiddenWidths()).containsExactly(128, 256, 256);
        assertThat(m.depth()).isEqualTo(3);
        assertThat(m.activations()).containsExactly(Activation.relu(), Activation.relu(), Activation.relu());
        assertThat(m.dropouts()).containsExactly(0.0, 0.0, 0.0);
        assertThat(m.hasDropout()).isFalse();
        assertThat(m.outputActivation()).isEqualTo(Activation.identity());
    }

    @Test
    void activation_uniform_appliesToEveryLayer() {
        Mlp m = Mlp.hidden(4, 5).activation(Activation.leakyRelu(0.2));

        assertThat(m.activations()).containsExactly(Activation.leakyRelu(0.2), Activation.leakyRelu(0.2));
    }

    @Test
    void activations_perLayer_areKeptInOrder() {
        Mlp m = Mlp.hidden(4, 5, 6).activations(Activation.tanh(), Activation.elu(), Activation.softplus());

        assertThat(m.activations()).containsExactly(Activation.tanh(), Activation.elu(1.0), Activation.softplus());
    }

    @Test
    void activations_wrongCount_isRejected() {
        assertThatThrownBy(() -> Mlp.hidden(4, 5, 6).activations(Activation.tanh(), Activation.relu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("activations")
                .hasMessageContaining("(3), had 2");
    }

    @Test
    void dropout_single_isUniform() {
        Mlp m = Mlp.hidden(256, 256, 256).dropout(0.5);

        assertThat(m.dropouts()).containsExactly(0.5, 0.5, 0.5);
        assertThat(m.hasDropout()).isTrue();
    }

    @Test
    void dropout_perLayer_isKeptInOrder() {
        Mlp m = Mlp.hidden(256, 256, 256).dropout(0, 0.5, 0.5);

        assertThat(m.dropouts()).containsExactly(0.0, 0.5, 0.5);
        assertThat(m).isNotEqualTo(Mlp.hidden(256, 256, 256).dropout(0.5));
    }

    @Test
    void dropout_oneElementArray_isUniform() {
        assertThat(Mlp.hidden(8, 8).dropout(new double[] {0.25}).dropouts()).containsExactly(0.25, 0.25);
    }

    @Test
    void dropout_wrongCount_isRejected() {
        assertThatThrownBy(() -> Mlp.hidden(8, 8, 8).dropout(0.1, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dropouts")
                .hasMessageContaining("(3), had 2");
    }

    @Test
    void dropout_one_isRejected() {
        assertThatThrownBy(() -> Mlp.hidden(8, 8).dropout(1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dropout of layer 0")
                .hasMessageContaining("was 1.0");
    }

    @Test
    void dropout_negativeInOneLayer_isRejectedNamingTheLayer() {
        assertThatThrownBy(() -> Mlp.hidden(8, 8, 8).dropout(0, 0.5, -0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dropout of layer 2")
                .hasMessageContaining("was -0.1");
    }

    @Test
    void dropout_nan_isRejected() {
        assertThatThrownBy(() -> Mlp.hidden(8).dropout(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dropout of layer 0")
                .hasMessageContaining("was NaN");
    }

    @Test
    void hidden_none_isRejected() {
        assertThatThrownBy(Mlp::hidden)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hidden widths")
                .hasMessageContaining("was []");
    }

    @Test
    void hidden_zeroWidth_isRejectedNamingTheLayer() {
        assertThatThrownBy(() -> Mlp.hidden(128, 0, 256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hidden width of layer 1")
                .hasMessageContaining("was 0");
    }

    @Test
    void hidden_tooWide_isRejected() {
        assertThatThrownBy(() -> Mlp.hidden(Mlp.MAX_WIDTH + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hidden width of layer 0")
                .hasMessageContaining("was " + (Mlp.MAX_WIDTH + 1));
    }

    @Test
    void canonicalConstructor_mismatchedListSizes_areRejected() {
        assertThatThrownBy(() -> new Mlp(List.of(4, 4), List.of(Activation.relu()), List.of(0.0, 0.0),
                Activation.identity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("activations must have one entry per hidden layer (2), had 1");
        assertThatThrownBy(() -> new Mlp(List.of(4, 4), List.of(Activation.relu(), Activation.relu()),
                List.of(0.0, 0.0, 0.0), Activation.identity()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dropouts must have one entry per hidden layer (2), had 3");
    }

    @Test
    void canonicalConstructor_nullOutputActivation_isRejected() {
        assertThatThrownBy(() -> Mlp.hidden(4).outputActivation(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("outputActivation");
    }

    // ---- immutability ----

    @Test
    void lists_areUnmodifiable() {
        Mlp m = Mlp.hidden(4, 5);

        assertThatThrownBy(() -> m.hiddenWidths().set(0, 99)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.activations().add(Activation.tanh()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.dropouts().set(0, 0.5)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void canonicalConstructor_copiesTheLists() {
        List<Integer> widths = new ArrayList<>(List.of(4, 5));
        List<Activation> acts = new ArrayList<>(List.of(Activation.relu(), Activation.tanh()));
        List<Double> drops = new ArrayList<>(List.of(0.0, 0.1));
        Mlp m = new Mlp(widths, acts, drops, Activation.identity());

        widths.set(0, 99);
        acts.set(0, Activation.sigmoid());
        drops.set(0, 0.9);

        assertThat(m.hiddenWidths()).containsExactly(4, 5);
        assertThat(m.activations()).containsExactly(Activation.relu(), Activation.tanh());
        assertThat(m.dropouts()).containsExactly(0.0, 0.1);
    }

    @Test
    void hidden_arrayMutatedAfterwards_doesNotChangeTheSpec() {
        int[] widths = {128, 256};
        Mlp m = Mlp.hidden(widths);
        widths[0] = 1;

        assertThat(m.hiddenWidths()).containsExactly(128, 256);
    }

    @Test
    void activations_arrayMutatedAfterwards_doesNotChangeTheSpec() {
        Activation[] acts = {Activation.tanh(), Activation.tanh()};
        Mlp m = Mlp.hidden(4, 4).activations(acts);
        acts[1] = Activation.sigmoid();

        assertThat(m.activations()).containsExactly(Activation.tanh(), Activation.tanh());
    }

    @Test
    void dropout_arrayMutatedAfterwards_doesNotChangeTheSpec() {
        double[] drops = {0.1, 0.2};
        Mlp m = Mlp.hidden(4, 4).dropout(drops);
        drops[0] = 0.9;

        assertThat(m.dropouts()).containsExactly(0.1, 0.2);
    }

    @Test
    void withers_returnNewSpecs_andLeaveTheOriginalUnchanged() {
        Mlp original = Mlp.hidden(4, 5);

        Mlp a = original.activation(Activation.tanh());
        Mlp b = original.activations(Activation.elu(), Activation.sigmoid());
        Mlp c = original.dropout(0.3);
        Mlp d = original.dropout(0.1, 0.2);
        Mlp e = original.outputActivation(Activation.tanh());

        assertThat(List.of(a, b, c, d, e)).allSatisfy(x -> assertThat(x).isNotSameAs(original));
        assertThat(original).isEqualTo(Mlp.hidden(4, 5));
        assertThat(original.activations()).containsOnly(Activation.relu());
        assertThat(original.dropouts()).containsOnly(0.0);
        assertThat(original.outputActivation()).isEqualTo(Activation.identity());
        assertThat(e.outputActivation()).isEqualTo(Activation.tanh());
        assertThat(e.hiddenWidths()).isEqualTo(original.hiddenWidths());
    }

    // ---- parameter count ----

    @Test
    void parameterCount_seedGenerator_32to2() {
        // (32·128 + 128) + (128·256 + 256) + (256·256 + 256) + (256·2 + 2)
        // = 4224 + 33024 + 65792 + 514
        assertThat(Mlp.hidden(128, 256, 256).parameterCount(32, 2)).isEqualTo(103_554L);
    }

    @Test
    void parameterCount_seedCritic_12to1() {
        // (12·256 + 256) + 2·(256·256 + 256) + (256·1 + 1) = 3328 + 131584 + 257
        assertThat(Mlp.hidden(256, 256, 256).parameterCount(12, 1)).isEqualTo(135_169L);
    }

    @Test
    void parameterCount_oneLayer() {
        // (3·4 + 4) + (4·1 + 1)
        assertThat(Mlp.hidden(4).parameterCount(3, 1)).isEqualTo(21L);
    }

    @Test
    void parameterCount_doesNotDependOnActivationsOrDropout() {
        assertThat(Mlp.hidden(8, 8).activation(Activation.tanh()).dropout(0.5).parameterCount(3, 2))
                .isEqualTo(Mlp.hidden(8, 8).parameterCount(3, 2));
    }
}
