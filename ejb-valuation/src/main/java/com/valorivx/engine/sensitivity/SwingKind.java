package com.valorivx.engine.sensitivity;

/** How a swing moves its input. */
public enum SwingKind {
  /** Added and subtracted: a rate swung by 0.01 moves from 10 % to 9 % and 11 %. */
  ABSOLUTE,
  /** A share of the input: an amount swung by 0.10 moves from 200 to 180 and 220. */
  RELATIVE
}
