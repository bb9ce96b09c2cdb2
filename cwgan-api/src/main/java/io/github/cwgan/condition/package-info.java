/**
 * Conditions: what a model is conditioned on and how a condition value enters the networks.
 * {@link io.github.cwgan.condition.Condition} is an open interface. The library ships
 * {@link io.github.cwgan.condition.OneHot} (classes), {@link io.github.cwgan.condition.Continuous}
 * and {@link io.github.cwgan.condition.ContinuousScalar} (real numbers, standardised with statistics
 * learned from the training data, range-checked) and {@link io.github.cwgan.condition.Composite}
 * (several conditions side by side). {@link io.github.cwgan.condition.ConditionType} /
 * {@link io.github.cwgan.condition.ConditionTypes} make any condition, yours included, readable from
 * model files by its logical type name.
 */
package io.github.cwgan.condition;
