package com.valorivx.valuation;

import java.util.List;

/**
 * IRR and MOIC of a buyout over entry × exit multiples: rows follow {@code entryMultiples},
 * columns {@code exitMultiples}; {@code base} gives everything else.
 */
public record LboReturnsGridRequest(LboRequest base, List<Double> entryMultiples, List<Double> exitMultiples) {
}
