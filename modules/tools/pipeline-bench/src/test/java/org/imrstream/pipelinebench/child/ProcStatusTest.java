package org.imrstream.pipelinebench.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcStatusTest {

  private static final List<String> STATUS =
      List.of("Name:\tjava", "VmPeak:\t 3000000 kB", "VmHWM:\t  331776 kB", "VmRSS:\t  300000 kB");

  @Test
  void readsAFieldInBytes() {
    assertThat(ProcStatus.bytes(STATUS, "VmHWM")).hasValue(331_776L * 1024);
    assertThat(ProcStatus.bytes(STATUS, "VmRSS")).hasValue(300_000L * 1024);
  }

  @Test
  void aMissingFieldOrProcessHasNoValue() {
    assertThat(ProcStatus.bytes(STATUS, "VmSwap")).isEmpty();
    assertThat(ProcStatus.bytes(-1, "VmHWM")).isEmpty();
  }

  @Test
  void readsThisProcess() {
    assertThat(ProcStatus.bytes(ProcessHandle.current().pid(), "VmHWM").orElse(0)).isPositive();
  }
}
