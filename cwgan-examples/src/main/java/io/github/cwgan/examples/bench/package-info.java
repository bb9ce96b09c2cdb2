/**
 * The {@code bench} command: timed, repeated training and sampling runs through the public API
 * (iterations per second, samples per second, resident memory), printed as a table and written as
 * JSON for {@code bench/compare-with-pytorch.sh}.
 */
package io.github.cwgan.examples.bench;
