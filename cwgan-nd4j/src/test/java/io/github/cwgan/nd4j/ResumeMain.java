package io.github.cwgan.nd4j;

import io.github.cwgan.TrainedWgan;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link SaveLoadTest}: loads a checkpoint, trains on, saves a checkpoint.
 * Arguments: input file, iterations, output file.
 */
public final class ResumeMain {

    private ResumeMain() {
    }

    /** Entry point of the child JVM. */
    public static void main(String[] args) throws Exception {
        try (TrainedWgan<Integer> m = TrainedWgan.load(Path.of(args[0]), Integer.class);
             TrainedWgan<Integer> more = m.continueTraining(TrainingFixtures.tenGaussians(), Long.parseLong(args[1]))) {
            more.saveCheckpoint(Path.of(args[2]));
        }
    }
}
