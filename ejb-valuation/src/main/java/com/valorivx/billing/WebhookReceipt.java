package com.valorivx.billing;

/** The answer to a delivery: the event id and whether it had been recorded before. */
public record WebhookReceipt(String id, boolean duplicate) {
}
