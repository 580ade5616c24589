/** Stored valuation runs: inputs and results as JSON beside the engine version that produced them. */
package com.valorivx.persistence.valuation;
