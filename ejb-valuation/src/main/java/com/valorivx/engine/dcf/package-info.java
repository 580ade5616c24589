/**
 * Discounted cash flow: explicit or revenue-driven free cash flows, a given discount rate or a
 * WACC, Gordon-growth or exit-multiple terminal value, and the bridge to equity value per share.
 */
package com.valorivx.engine.dcf;
