package com.valorivx.api.market;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.PathIds;
import com.valorivx.api.error.Problem;
import com.valorivx.api.valuation.PageRequest;
import com.valorivx.governance.Role;
import com.valorivx.market.DatasetView;
import com.valorivx.market.EstimateRequest;
import com.valorivx.market.MarketDataService;
import com.valorivx.valuation.RecordNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Market data sets of the caller's tenant (API.md "Market data"): upload a CSV table, list, open,
 * delete, and estimate the portfolio optimiser's inputs. Viewers read and estimate; analysts and
 * admins upload and delete. The built-in synthetic samples are listed for every tenant, read-only.
 */
@Path("/market/datasets")
@RequestScoped
@Tag(name = "market", description = "Price and fundamentals histories, and estimates for the portfolio optimiser")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class MarketDatasetsResource {

  /** Largest CSV body accepted (bytes); a larger one is a 413. */
  public static final int MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

  @Inject
  MarketDataService market;

  @Inject
  CurrentCaller caller;

  @Context
  UriInfo uri;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Upload a data set", description = "A wide CSV table: header date,SYMBOL1,SYMBOL2,... then "
      + "one row per ISO date; rows in any order. Any bad row rejects the whole file (nothing is stored) and every "
      + "bad cell is named as \"row N, column SYMBOL\" (up to 50). At most 4 MiB, 50 symbols, 20000 rows.")
  @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "201", description = "Stored",
      headers = @Header(name = "Location", description = "The data set"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MarketDatasetResponse")))
  @APIResponse(responseCode = "400", description = "Bad name or kind, or bad rows; errors name each row and column",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "413", description = "The file is larger than 4 MiB",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response upload(
      @Parameter(description = "Name of the data set", required = true) @QueryParam("name") String name,
      @Parameter(description = "PRICES (default; values must be positive) or FUNDAMENTALS")
      @QueryParam("kind") String kind,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
      InputStream body) {
    if (contentLength != null && contentLength > MAX_UPLOAD_BYTES) {
      throw tooLarge();
    }
    DatasetView saved = market.upload(caller.get(), name, kind, read(body));
    URI location = URI.create(uri.getBaseUriBuilder().path(MarketDatasetsResource.class).path(saved.id().toString())
        .build().getRawPath());
    return Response.created(location).entity(DatasetResponse.of(saved)).build();
  }

  @GET
  @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
  @Operation(summary = "List data sets", description = "The built-in synthetic samples first, then the tenant's "
      + "uploads newest first, with symbols, first and last date and row count.")
  @APIResponse(responseCode = "200", description = "One page",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MarketDatasetPageResponse")))
  @APIResponse(responseCode = "400", description = "Bad page or size",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public DatasetPageResponse list(@Parameter(ref = "page") @QueryParam("page") String page,
      @Parameter(ref = "size") @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size);
    return DatasetPageResponse.of(market.list(caller.get(), request.page(), request.size()));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
  @Operation(summary = "Open a data set", description = "Its metadata and observations, optionally only those "
      + "between from and to (inclusive).")
  @APIResponse(responseCode = "200", description = "The data set",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "MarketDatasetDetailResponse")))
  @APIResponse(responseCode = "400", description = "Bad from or to",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such data set in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public DatasetDetailResponse find(@Parameter(description = "Data set id (UUID)") @PathParam("id") String id,
      @Parameter(description = "First date (ISO), inclusive") @QueryParam("from") String from,
      @Parameter(description = "Last date (ISO), inclusive") @QueryParam("to") String to) {
    return DatasetDetailResponse.of(market.find(caller.get(), parseId(id), from, to));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Delete a data set", description = "With its observations. The samples cannot be deleted.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such data set in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "The built-in sample is read-only",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response delete(@Parameter(description = "Data set id (UUID)") @PathParam("id") String id) {
    market.delete(caller.get(), parseId(id));
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/estimate")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Estimate portfolio inputs", description = "Annualised expected returns (mean × periods a "
      + "year), volatilities (sample standard deviation × √periods), correlations and covariance of the symbols' "
      + "returns in the window; portfolioInputs is ready for POST /analytics/portfolio/optimize.")
  @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "MarketEstimateRequest")))
  @APIResponse(responseCode = "200", description = "The estimates",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MarketEstimateResponse")))
  @APIResponse(responseCode = "400", description = "Bad symbols, window, frequency or returns, or too few "
      + "observations in the window", content = @Content(mediaType = Problem.MEDIA_TYPE,
      schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such data set in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "422", description = "A symbol does not move in the window, or has a non-positive "
      + "value", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public EstimateResponse estimate(@Parameter(description = "Data set id (UUID)") @PathParam("id") String id,
      EstimateRequest request) {
    return EstimateResponse.of(market.estimate(caller.get(), parseId(id), request));
  }

  private static String read(InputStream body) {
    if (body == null) {
      return "";
    }
    try (InputStream in = body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_UPLOAD_BYTES) {
          throw tooLarge();
        }
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WebApplicationException tooLarge() {
    return new WebApplicationException("The file is larger than " + MAX_UPLOAD_BYTES
        + " bytes (4 MiB); split it into several data sets.", 413);
  }

  /** A path id that is not a UUID names no data set: 404, as for an unknown one. */
  private static UUID parseId(String id) {
    return PathIds.uuid(id).orElseThrow(() -> new RecordNotFoundException("No market data set " + id
        + " in your tenant."));
  }
}
