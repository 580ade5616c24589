/** Governance at the API boundary: rate limits per tenant and user, and the rate-limit and quota headers. */
package com.valorivx.api.governance;
