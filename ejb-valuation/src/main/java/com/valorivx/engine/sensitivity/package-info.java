/**
 * One-at-a-time sensitivity of a DCF (tornado): each input swung down and up around a base
 * {@link com.valorivx.engine.dcf.DcfEngine} valuation, bars sorted by their spread.
 */
package com.valorivx.engine.sensitivity;
