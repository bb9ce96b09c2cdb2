/**
 * Conditions: what a model is conditioned on and how a condition value enters the networks.
 * {@link io.github.cwgan.condition.Condition} is an open interface; {@link io.github.cwgan.condition.OneHot}
 * ships with the library, and {@link io.github.cwgan.condition.ConditionType} /
 * {@link io.github.cwgan.condition.ConditionTypes} make any condition, yours included, readable from
 * model files by its logical type name.
 */
package io.github.cwgan.condition;
