package com.valorivx.api.analytics;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.analytics.CashFlowService;
import com.valorivx.analytics.IrrRequest;
import com.valorivx.analytics.NpvRequest;
import com.valorivx.analytics.XirrRequest;
import com.valorivx.analytics.XnpvRequest;
import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.Problem;
import com.valorivx.engine.cashflow.IrrResult;
import com.valorivx.governance.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Spreadsheet cash-flow functions: NPV, IRR, XNPV, XIRR. Nothing is stored; every answer is 200. */
@Path("/analytics/cashflows")
@RequestScoped
@RolesAllowed({Role.ADMIN, Role.ANALYST})
@Tag(name = "analytics", description = "Cash-flow functions, portfolio, risk, credit and forecasting")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class CashFlowsResource {

  @Inject
  CashFlowService cashFlows;

  @Inject
  CurrentCaller caller;

  @POST
  @Path("/npv")
  @Operation(summary = "Net present value", description = "Σ CF_i·(1 + rate)^−t_i with t_i = i + 1 (Excel NPV), "
      + "or t_i = i when initialAtTimeZero is true.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "NpvRequest")))
  @APIResponse(responseCode = "200", description = "The net present value",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NpvResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public NpvResponse npv(NpvRequest request) {
    return new NpvResponse(cashFlows.npv(caller.get(), required(request)).npv());
  }

  @POST
  @Path("/irr")
  @Operation(summary = "Internal rate of return", description = "The rate at which the flows' NPV is zero, "
      + "the first flow at t = 0 (Excel IRR); with several such rates, the one nearest the guess.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "IrrRequest")))
  @APIResponse(responseCode = "200", description = "The internal rate of return",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IrrResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "422", description = "No rate of return exists for these flows",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public IrrResponse irr(IrrRequest request) {
    IrrResult result = cashFlows.irr(caller.get(), required(request));
    return new IrrResponse(result.irr(), result.signChanges());
  }

  @POST
  @Path("/xnpv")
  @Operation(summary = "Net present value of dated flows", description = "Σ CF_i·(1 + rate)^−(d_i − d_0)/365 "
      + "(Excel XNPV).")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "XnpvRequest")))
  @APIResponse(responseCode = "200", description = "The net present value",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "XnpvResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public XnpvResponse xnpv(XnpvRequest request) {
    return new XnpvResponse(cashFlows.xnpv(caller.get(), required(request)).npv());
  }

  @POST
  @Path("/xirr")
  @Operation(summary = "Internal rate of return of dated flows", description = "The annual rate at which "
      + "the XNPV is zero (Excel XIRR); with several such rates, the one nearest the guess.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "XirrRequest")))
  @APIResponse(responseCode = "200", description = "The internal rate of return",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "XirrResponse")))
  @APIResponse(responseCode = "400", description = "Inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "422", description = "No rate of return exists for these flows",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public XirrResponse xirr(XirrRequest request) {
    IrrResult result = cashFlows.xirr(caller.get(), required(request));
    return new XirrResponse(result.irr(), result.signChanges());
  }
}
