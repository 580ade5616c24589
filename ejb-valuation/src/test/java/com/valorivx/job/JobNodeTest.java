package com.valorivx.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A server's name as the owner of its jobs. */
class JobNodeTest {

  @Test
  void twoDomainsOnOneHostHaveDifferentNamesAndARestartKeepsItsName() {
    String first = JobNode.of("calc-01", "/opt/payara/glassfish/domains/domain1");
    String second = JobNode.of("calc-01", "/opt/payara/glassfish/domains/domain2");

    assertThat(first).isEqualTo("calc-01:/opt/payara/glassfish/domains/domain1");
    assertThat(second).isNotEqualTo(first);
    assertThat(JobNode.of("calc-01", "/opt/payara/glassfish/domains/domain1/../domain1")).isEqualTo(first);
  }

  @Test
  void aLongNameKeepsItsEndWithinTheColumn() {
    String name = JobNode.of("h", "/" + "d".repeat(300) + "/domain7");

    assertThat(name).hasSize(JobNode.MAX_LENGTH).endsWith("/domain7");
  }
}
