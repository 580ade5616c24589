package com.valorivx.api.billing;

import com.valorivx.api.error.Problem;
import com.valorivx.billing.BillingService;
import com.valorivx.billing.WebhookReceipt;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The payment provider's webhook (API.md "Billing"): no bearer token; the raw body is authenticated
 * by {@code X-Valor-Signature}, so it is read as bytes, exactly as signed.
 */
@Path("/billing/webhook")
@PermitAll
@RequestScoped
@Tag(name = "billing", description = "Billing events and reconciliation")
public class BillingWebhookResource {

  static final String SIGNATURE = "X-Valor-Signature";

  @Inject
  BillingService billing;

  /** The answer to a delivery. */
  public record Receipt(String id, String status) {
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Billing event webhook", description = "Signed with X-Valor-Signature: sha256=<hex "
      + "HMAC-SHA256 of the raw body> under VALOR_BILLING_WEBHOOK_SECRET. Recorded once per event id: every "
      + "later delivery of the same id answers 200 with status duplicate.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "BillingEvent")))
  @APIResponse(responseCode = "200", description = "Recorded, or recorded before",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookReceipt")))
  @APIResponse(responseCode = "400", description = "The event is incomplete; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "401", description = "Missing or wrong signature",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Receipt deliver(@HeaderParam(SIGNATURE) String signature, byte[] body) {
    WebhookReceipt receipt = billing.receive(body == null ? new byte[0] : body, signature);
    return new Receipt(receipt.id(), receipt.duplicate() ? "duplicate" : "recorded");
  }
}
