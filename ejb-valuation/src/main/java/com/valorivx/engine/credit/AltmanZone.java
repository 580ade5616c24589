package com.valorivx.engine.credit;

/** Where a Z-score falls: above the safe cut-off, between the cut-offs, or below the distress cut-off. */
public enum AltmanZone {
  SAFE, GREY, DISTRESS
}
