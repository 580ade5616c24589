/** Traceability of API calls: the request id on every response, the request context, the access log. */
package com.valorivx.api.trace;
