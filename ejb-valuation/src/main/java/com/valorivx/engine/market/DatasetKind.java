package com.valorivx.engine.market;

/** What a data set's numbers are: prices (strictly positive) or fundamentals (any finite number). */
public enum DatasetKind {
  PRICES,
  FUNDAMENTALS
}
