package com.valorivx.api.valuation;

import com.valorivx.engine.common.Checks;

/**
 * {@code ?page=&size=} read from the query string: whole numbers, defaults 0 and 20. Range rules
 * stay with the service; only a page so far out that its offset overflows is refused here.
 */
public record PageRequest(int page, int size) {

  static final int DEFAULT_SIZE = 20;

  public static PageRequest parse(String page, String size) {
    Checks checks = Checks.start();
    Integer pageNumber = wholeNumber(checks, page, "page", 0);
    Integer pageSize = wholeNumber(checks, size, "size", DEFAULT_SIZE);
    checks.throwIfAny();
    checks.require(pageSize < 1 || (long) pageNumber * pageSize <= Integer.MAX_VALUE, "page", "is beyond the last page");
    checks.throwIfAny();
    return new PageRequest(pageNumber, pageSize);
  }

  private static Integer wholeNumber(Checks checks, String text, String field, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      checks.reject(field, "must be a whole number, was '" + text + "'");
      return null;
    }
  }
}
