/** Valuation use cases: map a request to engine assumptions, value, store the run, list and reopen runs. */
package com.valorivx.valuation;
