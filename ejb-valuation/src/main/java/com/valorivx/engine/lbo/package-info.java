/**
 * Leveraged buyout: sources and uses, a debt schedule of several tranches with scheduled
 * amortisation and a cash sweep, a simple or a full operating model, exit at a multiple, the
 * sponsor's equity IRR and MOIC, and a returns grid over entry × exit multiple.
 */
package com.valorivx.engine.lbo;
