/**
 * Training settings and observation: the {@link io.github.cwgan.training.Adam} optimizer,
 * {@link io.github.cwgan.training.BatchSampling}, and {@link io.github.cwgan.training.TrainingListener}
 * with its events and two ready listeners, {@link io.github.cwgan.training.ProgressLogger} and
 * {@link io.github.cwgan.training.LossHistory}.
 */
package io.github.cwgan.training;
