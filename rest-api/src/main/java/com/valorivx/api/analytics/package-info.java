/** Analytics over REST that store no run: the cash-flow functions NPV, IRR, XNPV and XIRR. */
package com.valorivx.api.analytics;
