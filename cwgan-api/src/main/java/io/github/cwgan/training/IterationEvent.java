package io.github.cwgan.training;

/**
 * The figures of one generator iteration. The critic figures are those of the iteration's last
 * critic step.
 *
 * @param iteration            the number of this iteration, counting from 1 over the model's life
 * @param lastIteration        the number of the last iteration of the current run
 * @param criticLoss           mean D(fake) − mean D(real) + gradient penalty
 * @param generatorLoss        −mean D(G(z, y), y)
 * @param gradientPenalty      λ · mean (‖∇ₓ D(x̂, y)‖ − 1)²
 * @param wassersteinEstimate  mean D(real) − mean D(fake), the critic's estimate of the distance
 * @param elapsedNanos         time since the start of this run
 */
public record IterationEvent(long iteration, long lastIteration, double criticLoss, double generatorLoss,
                             double gradientPenalty, double wassersteinEstimate, long elapsedNanos) {
}
