package com.valorivx.engine.lbo;

/**
 * How the target's EBITDA and the cash it leaves for debt service are projected: the
 * {@link SimpleOperatingModel} (EBITDA growth and a cash conversion) or the
 * {@link FullOperatingModel} (revenue, margins, capex, working capital and tax).
 */
public sealed interface OperatingModel permits SimpleOperatingModel, FullOperatingModel {
}
