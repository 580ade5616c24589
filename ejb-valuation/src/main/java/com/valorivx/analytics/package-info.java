/**
 * Analytics use cases that store no run: cash-flow functions (NPV, IRR, XNPV, XIRR); requests as
 * callers write them, mapped to engine inputs.
 */
package com.valorivx.analytics;
