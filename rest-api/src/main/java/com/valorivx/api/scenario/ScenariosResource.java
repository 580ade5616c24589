package com.valorivx.api.scenario;

import static com.valorivx.api.error.RequestBodies.required;

import com.valorivx.api.ValorApiApplication;
import com.valorivx.api.auth.CurrentCaller;
import com.valorivx.api.error.PathIds;
import com.valorivx.api.error.Problem;
import com.valorivx.api.valuation.PageRequest;
import com.valorivx.api.valuation.RunLocation;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.valuation.ScenarioRun;
import com.valorivx.valuation.ScenarioService;
import com.valorivx.valuation.ScenarioView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Named scenarios of the caller's tenant (API.md "Scenarios"), plus duplicate, export and import.
 * Viewers read; analysts and admins write and run.
 */
@Path("/scenarios")
@RequestScoped
@Tag(name = "scenarios", description = "Named model inputs: save, edit with optimistic locking, run, export, import")
@SecurityRequirement(name = ValorApiApplication.BEARER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid access token",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class ScenariosResource {

  @Inject
  ScenarioService scenarios;

  @Inject
  CurrentCaller caller;

  @Context
  UriInfo uri;

  @POST
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Save a scenario", description = "Saves the model's inputs under a name; the model checks "
      + "the inputs first, and rejected fields are named under inputs. (e.g. inputs.terminal.growth).")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "ScenarioRequest")))
  @APIResponse(responseCode = "201", description = "Saved at version 1",
      headers = @Header(name = "Location", description = "The scenario"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScenarioResponse")))
  @APIResponse(responseCode = "400", description = "Name, kind or inputs rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "The tenant already has a scenario of that kind and name",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response save(ScenarioRequest request) {
    required(request);
    ScenarioView saved = scenarios.save(caller.get(), request.name(), request.kind(), text(request.inputs()));
    return created(saved);
  }

  @GET
  @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
  @Operation(summary = "List scenarios", description = "The tenant's scenarios by name, one page at a time.")
  @APIResponse(responseCode = "200", description = "One page",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScenarioPageResponse")))
  @APIResponse(responseCode = "400", description = "Bad kind, page or size",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public ScenarioPageResponse list(
      @Parameter(description = "Only scenarios of this model kind") @QueryParam("kind") String kind,
      @Parameter(ref = "page") @QueryParam("page") String page,
      @Parameter(ref = "size") @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size);
    return ScenarioPageResponse.of(scenarios.list(caller.get(), kind, request.page(), request.size()));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
  @Operation(summary = "Open a scenario", description = "The scenario with its inputs and current version.")
  @APIResponse(responseCode = "200", description = "The scenario",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScenarioResponse")))
  @APIResponse(responseCode = "404", description = "No such scenario in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public ScenarioResponse find(@Parameter(description = "Scenario id (UUID)") @PathParam("id") String id) {
    UUID scenarioId = parseId(id);
    return scenarios.find(caller.get(), scenarioId).map(ScenarioResponse::of).orElseThrow(() -> notFound(id));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Edit a scenario", description = "Renames it and/or replaces its inputs, provided version "
      + "is the one stored; an absent name or inputs is kept. Answers the new version.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "ScenarioUpdateRequest")))
  @APIResponse(responseCode = "200", description = "Saved; version moved on",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScenarioResponse")))
  @APIResponse(responseCode = "400", description = "Fields rejected; errors name every field",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such scenario in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "version is stale (someone saved since), or the name is taken; "
      + "nothing was changed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public ScenarioResponse update(@Parameter(description = "Scenario id (UUID)") @PathParam("id") String id,
      ScenarioUpdateRequest request) {
    UUID scenarioId = parseId(id);
    required(request);
    return ScenarioResponse.of(scenarios.update(caller.get(), scenarioId, request.name(),
        request.inputs() == null ? null : request.inputs().toString(), request.version()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Delete a scenario", description = "Runs made from it stay.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such scenario in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response delete(@Parameter(description = "Scenario id (UUID)") @PathParam("id") String id) {
    scenarios.delete(caller.get(), parseId(id));
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/duplicate")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Duplicate a scenario", description = "A copy of its inputs under a new name, at version 1.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DuplicateRequest")))
  @APIResponse(responseCode = "201", description = "The copy",
      headers = @Header(name = "Location", description = "The copy"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScenarioResponse")))
  @APIResponse(responseCode = "400", description = "Name rejected",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "404", description = "No such scenario in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "409", description = "The name is taken for that model",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response duplicate(@Parameter(description = "Scenario id (UUID)") @PathParam("id") String id,
      DuplicateRequest request) {
    UUID scenarioId = parseId(id);
    required(request);
    return created(scenarios.duplicate(caller.get(), scenarioId, request.name()));
  }

  @POST
  @Path("/{id}/run")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Run a scenario", description = "Runs the scenario's model on its inputs exactly as the "
      + "model's endpoint does (stored as a run, named after the scenario unless the inputs name it) and answers "
      + "as that endpoint: the result with the run's id.")
  @APIResponse(responseCode = "201", description = "Valued and stored",
      headers = @Header(name = "Location", description = "The stored run"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScenarioRunResponse")))
  @APIResponse(responseCode = "404", description = "No such scenario in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "422", description = "The model cannot be solved for these inputs",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response run(@Parameter(description = "Scenario id (UUID)") @PathParam("id") String id) {
    ScenarioRun run = scenarios.run(caller.get(), parseId(id));
    JsonObjectBuilder body = Json.createObjectBuilder().add("id", run.runId().toString());
    parse(run.resultJson()).forEach(body::add);
    return RunLocation.created(uri, run.runId(), body.build());
  }

  @GET
  @Path("/{id}/export")
  @RolesAllowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
  @Operation(summary = "Export a scenario", description = "A self-describing JSON document (format, formatVersion, "
      + "kind, name, inputs) that POST /scenarios/import reads back.")
  @APIResponse(responseCode = "200", description = "The document, as an attachment",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScenarioDocument")))
  @APIResponse(responseCode = "404", description = "No such scenario in the caller's tenant",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response export(@Parameter(description = "Scenario id (UUID)") @PathParam("id") String id) {
    UUID scenarioId = parseId(id);
    return Response.ok(scenarios.export(caller.get(), scenarioId), MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"scenario-" + scenarioId + ".json\"")
        .build();
  }

  @POST
  @Path("/import")
  @RolesAllowed({Role.ADMIN, Role.ANALYST})
  @Operation(summary = "Import a scenario", description = "Saves an exported document as a new scenario. A name "
      + "the tenant already uses for that model gets the first free suffix \" (2)\", \" (3)\", ...")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "ScenarioDocument")))
  @APIResponse(responseCode = "201", description = "Imported at version 1",
      headers = @Header(name = "Location", description = "The new scenario"),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScenarioResponse")))
  @APIResponse(responseCode = "400", description = "Not a scenario document, or its inputs are rejected",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response importScenario(JsonObject document) {
    return created(scenarios.importScenario(caller.get(), required(document).toString()));
  }

  private Response created(ScenarioView scenario) {
    URI location = URI.create(uri.getBaseUriBuilder().path(ScenariosResource.class).path(scenario.id().toString())
        .build().getRawPath());
    return Response.created(location).entity(ScenarioResponse.of(scenario)).build();
  }

  private static String text(JsonObject inputs) {
    return inputs == null ? null : inputs.toString();
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** A path id that is not a UUID names no scenario: 404, as for an unknown one. */
  private static UUID parseId(String id) {
    return PathIds.uuid(id).orElseThrow(() -> notFound(id));
  }

  private static RecordNotFoundException notFound(String id) {
    return new RecordNotFoundException("No scenario " + id + " in your tenant.");
  }
}
