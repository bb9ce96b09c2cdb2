/**
 * Training data: {@link io.github.cwgan.data.ConditionalDataset}, rows of data each with its condition
 * value, and {@link io.github.cwgan.data.CsvReader} to read one from a CSV file with errors that name
 * the row and column.
 */
package io.github.cwgan.data;
