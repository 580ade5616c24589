/** Uploaded market-data sets of a tenant (prices or fundamentals) and their dated observations. */
package com.valorivx.persistence.market;
