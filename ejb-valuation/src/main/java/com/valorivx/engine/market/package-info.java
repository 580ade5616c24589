/**
 * Market data maths: a dated table of prices or fundamentals, the annualised return statistics
 * estimated from it (the inputs of the portfolio optimiser), and the seeded synthetic market
 * that every tenant sees as sample data.
 */
package com.valorivx.engine.market;
