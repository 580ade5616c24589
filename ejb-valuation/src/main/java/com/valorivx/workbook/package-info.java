/**
 * Run workbooks: a stored DCF or LBO run written as an {@code .xlsx} whose model cells are live
 * formulas over clearly marked input cells, so an analyst who changes an assumption sees the
 * valuation move.
 */
package com.valorivx.workbook;
