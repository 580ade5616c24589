/**
 * Real options on a project (expand, abandon, defer), valued with the equity option pricers of
 * {@code engine.option}: static NPV, option value and the expanded NPV that adds them.
 */
package com.valorivx.engine.realoption;
