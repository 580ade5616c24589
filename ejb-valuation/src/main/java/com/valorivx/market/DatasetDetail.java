package com.valorivx.market;

import com.valorivx.engine.market.PriceHistory;

/** A data set with its observations (possibly restricted to a date window). */
public record DatasetDetail(DatasetView dataset, PriceHistory history) {
}
