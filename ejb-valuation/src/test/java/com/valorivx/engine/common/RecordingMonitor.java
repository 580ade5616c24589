package com.valorivx.engine.common;

import java.util.ArrayList;
import java.util.List;

/** A monitor for tests: records every progress report and cancels once {@code cancelAfter} reports were heard. */
public final class RecordingMonitor implements WorkMonitor {

  private final int cancelAfter;
  private final List<long[]> reports = new ArrayList<>();

  public RecordingMonitor(int cancelAfter) {
    this.cancelAfter = cancelAfter;
  }

  /** Never cancels. */
  public static RecordingMonitor listening() {
    return new RecordingMonitor(Integer.MAX_VALUE);
  }

  @Override
  public void progress(long done, long total) {
    reports.add(new long[] {done, total});
  }

  @Override
  public boolean cancelled() {
    return reports.size() >= cancelAfter;
  }

  /** The steps done at each report, in order. */
  public List<Long> done() {
    return reports.stream().map(r -> r[0]).toList();
  }

  /** The total of the last report. */
  public long total() {
    return reports.get(reports.size() - 1)[1];
  }
}
