/**
 * Every error leaves the API as {@code application/problem+json} (RFC 9457): the exception
 * mappers, the servlet behind the container's 401/403 error pages, and the problem document.
 */
package com.valorivx.api.error;
