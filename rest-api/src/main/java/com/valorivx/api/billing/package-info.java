/** Billing over REST: the payment provider's webhook and the operators' reconciliation. */
package com.valorivx.api.billing;
