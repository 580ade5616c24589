/**
 * Billing: the payment provider's signed webhook (recorded once per event id) and the
 * reconciliation of metered usage, priced by each plan's unit prices, against what was billed.
 */
package com.valorivx.billing;
