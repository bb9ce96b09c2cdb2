package io.github.cwgan;

import java.io.IOException;

/**
 * A model file that cannot be loaded: not JSON, truncated, another format, a newer format version
 * than this library reads, missing fields, weights that do not fit the configuration, NaN or
 * infinite weights, an unknown condition type. The message names what and where.
 */
public class ModelFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public ModelFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause   the underlying error
     */
    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
