/**
 * The valuation screens: the DCF form and its results (headline values, yearly table, chart and
 * sensitivity heat table) and the tenant's run history. Beans call
 * {@code com.valorivx.valuation.ValuationService}; the rules live there.
 */
package com.valorivx.web.valuation;
