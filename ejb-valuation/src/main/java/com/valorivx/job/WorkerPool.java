package com.valorivx.job;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Helper threads for parallel engines, one fewer than the cores (the job's own thread works too),
 * made by the container's managed thread factory. A separate pool rather than the managed executor
 * that runs the jobs: helpers queued behind the job that waits for them would never start.
 */
@ApplicationScoped
public class WorkerPool {

  @Resource
  ManagedThreadFactory threads;

  private ExecutorService pool;

  /** How many helpers a job may ask for. */
  public int helpers() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }

  public synchronized Executor executor() {
    if (pool == null) {
      pool = Executors.newFixedThreadPool(helpers(), threads);
    }
    return pool;
  }

  @PreDestroy
  synchronized void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
