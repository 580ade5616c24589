/**
 * Model runs over REST: value a DCF and its sensitivity grid, options, acquisitions (with their
 * accretion grid) and real options, reopen a stored run, list a tenant's runs; with the response
 * bodies of API.md.
 */
package com.valorivx.api.valuation;
