/**
 * Market data of a tenant: upload of price and fundamentals histories as CSV, the built-in
 * synthetic sample, listing and deletion, and estimation of the portfolio optimiser's inputs.
 */
package com.valorivx.market;
