package com.valorivx.persistence.common;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with the total number of rows that match. */
public record Page<T>(List<T> items, int page, int size, long total) {
  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
