package com.valorivx.governance;

import java.util.Map;

/**
 * A tenant's plan and what it used in the current period ({@code GET /api/v1/usage}).
 *
 * @param used units used per quota this period (seats: the current number of users)
 * @param resetSeconds seconds until the monthly quotas reset
 */
public record Usage(Plan plan, String period, Map<Quota, Long> used, long resetSeconds) {

  public Usage {
    used = Map.copyOf(used);
  }
}
