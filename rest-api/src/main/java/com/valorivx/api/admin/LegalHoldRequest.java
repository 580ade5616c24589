package com.valorivx.api.admin;

/** Sets ({@code enabled} true, with a reason) or releases a legal hold. */
public record LegalHoldRequest(Boolean enabled, String reason) {
}
