/**
 * Internal helpers of the API module. Not API: may change in any release.
 */
package io.github.cwgan.internal;
