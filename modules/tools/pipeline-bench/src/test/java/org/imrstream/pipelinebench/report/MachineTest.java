package org.imrstream.pipelinebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineTest {

  @Test
  void takesTheFirstModelNameOfCpuinfo() {
    List<String> cpuinfo =
        List.of(
            "processor\t: 0",
            "vendor_id\t: AuthenticAMD",
            "model name\t: AMD EPYC 7B13",
            "processor\t: 1",
            "model name\t: AMD EPYC 7B13");

    assertThat(Machine.cpuModel(cpuinfo)).isEqualTo("AMD EPYC 7B13");
    assertThat(Machine.cpuModel(List.of())).isEqualTo("unknown");
  }

  @Test
  void describesThisMachine() {
    Machine machine = Machine.detect();

    assertThat(machine.cores()).isPositive();
    assertThat(machine.describe()).contains(machine.cores() + " cores").contains(machine.java());
  }
}
