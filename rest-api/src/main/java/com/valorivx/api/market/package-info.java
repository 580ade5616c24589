/** Market data sets of the caller's tenant: CSV upload, listing, observations, deletion and estimation. */
package com.valorivx.api.market;
