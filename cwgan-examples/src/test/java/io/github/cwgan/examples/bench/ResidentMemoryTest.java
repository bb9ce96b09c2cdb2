package io.github.cwgan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    @Test
    void parseVmRss_kilobytes_givesBytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmRSS:\t  123456 kB\nThreads:\t24\n";
        assertThat(ResidentMemory.parseVmRss(status)).isEqualTo(123456L * 1024);
    }

    @Test
    void parseVmRss_missingLine_isRejected() {
        assertThatThrownBy(() -> ResidentMemory.parseVmRss("Name:\tjava\n")).hasMessageContaining("VmRSS");
    }

    @Test
    void bytes_onLinux_isPositive() {
        if (ResidentMemory.available()) {
            assertThat(ResidentMemory.bytes()).isPositive();
        }
    }
}
