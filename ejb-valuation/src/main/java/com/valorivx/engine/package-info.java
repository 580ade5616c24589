/** Pure-Java valuation engines: records in, records out; only java.* and math libraries. */
package com.valorivx.engine;
