package com.valorivx.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Audit append throughput under concurrent load: {@value #CALLS} DCF runs (each stores a run and
 * appends one entry in the same transaction, all to one tenant's chain, so every append queues on
 * the same chain head lock) sent {@value #THREADS} at a time. Checks that every call was recorded
 * once, in distinct sequence numbers, and that the chain still verifies; reports entries/s. A
 * figure, not a benchmark: the machine's other load shows in it.
 */
class AuditThroughputIT {

  static final int CALLS = 300;
  static final int THREADS = 8;

  private static final Logger LOG = Logger.getLogger(AuditThroughputIT.class.getName());

  private final ApiClient admin = ApiClient.asAdmin();

  private long total() {
    return admin.get(AuditIT.AUDIT + "?size=1").json().getJsonNumber("total").longValue();
  }

  private void fire(int calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        done.add(pool.submit(() -> admin.post("/api/v1/valuations/dcf", DcfExamples.workedExample()).status()));
      }
      for (Future<Integer> call : done) {
        assertThat(call.get()).isEqualTo(201);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void concurrentAuditedMutationsAreEachRecordedOnceAndTheChainHolds() throws Exception {
    fire(50); // warm-up: JIT, pools
    long before = total();
    long start = System.nanoTime();
    fire(CALLS);
    double seconds = (System.nanoTime() - start) / 1e9;
    long appended = total() - before;

    assertThat(appended).isEqualTo(CALLS);
    JsonObject verified = AuditIT.verify(admin);
    assertThat(verified.getBoolean("valid")).as("%s", verified).isTrue();
    String figure = String.format("audit append throughput on %s: %d entries in %.2f s = %.1f entries/s "
        + "(%d threads, one tenant)", SystemUnderTest.database(), appended, seconds, appended / seconds, THREADS);
    LOG.info(figure);
  }
}
