package com.valorivx.web.valuation;

import com.valorivx.engine.mna.MnaValuation;
import java.io.Serializable;
import java.util.UUID;

/**
 * What the M&amp;A page shows after valuing: the stored run's id, the valuation with its bridge, the
 * EPS chart and the accretion heat table (null when the grid could not be drawn, e.g. without the
 * target's market value).
 */
public record MnaResultView(UUID runId, MnaValuation valuation, String epsChartJson, HeatTable grid)
    implements Serializable {

  private static final long serialVersionUID = 1L;
}
