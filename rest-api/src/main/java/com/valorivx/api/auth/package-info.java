/**
 * Sign-in over the API: access and refresh tokens from {@code /api/v1/auth}, and the
 * {@link com.valorivx.governance.Caller} that a verified access token stands for.
 */
package com.valorivx.api.auth;
