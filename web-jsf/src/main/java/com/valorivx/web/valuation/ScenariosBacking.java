package com.valorivx.web.valuation;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.ScenarioConflictException;
import com.valorivx.valuation.ScenarioPage;
import com.valorivx.valuation.ScenarioRun;
import com.valorivx.valuation.ScenarioService;
import com.valorivx.valuation.ScenarioView;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The scenarios page: lists the tenant's scenarios (filtered by model), opens one into an editor
 * of its name and inputs (saved against the version that was opened, so a concurrent edit is
 * reported, never overwritten), duplicates, deletes, runs, exports and imports them.
 */
@Named
@ViewScoped
public class ScenariosBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Most scenarios the page lists. */
  static final int LISTED = 100;

  @Inject
  ScenarioService scenarios;

  @Inject
  SignedInUser user;

  private String kind;
  private List<ScenarioView> items;
  private long total;

  private ScenarioView opened;
  private String editName;
  private String editInputs;
  private String conflict;
  private String copyName;

  private String newName;
  private String newKind = RunKind.DCF.name();
  private String newInputs = ScenarioExamples.inputs(RunKind.DCF);

  private String importText;
  private transient Part importFile;

  private UUID lastRun;
  private RunKind lastRunKind;

  @PostConstruct
  void init() {
    load();
  }

  /** Reloads the list for the chosen kind. */
  public void load() {
    ScenarioPage page = scenarios.list(user.caller(), kind, 0, LISTED);
    items = page.items();
    total = page.total();
  }

  /** Opens a scenario into the editor. */
  public void open(UUID id) {
    conflict = null;
    scenarios.find(user.caller(), id).ifPresentOrElse(this::show,
        () -> Messages.warn("No scenario " + id + " in your tenant"));
  }

  /** Saves the editor against the version it opened. */
  public void saveEdit() {
    attempt(() -> {
      show(scenarios.update(user.caller(), opened.id(), editName, editInputs, opened.version()));
      info("Saved '" + opened.name() + "' as version " + opened.version());
    });
  }

  /** Throws the editor's changes away and shows the scenario as stored now. */
  public void reload() {
    open(opened.id());
  }

  public void create() {
    attempt(() -> {
      show(scenarios.save(user.caller(), newName, newKind, newInputs));
      info("Saved scenario '" + opened.name() + "'");
      newName = null;
    });
  }

  /** The example inputs of the model chosen for a new scenario. */
  public void newKindChanged() {
    newInputs = ScenarioExamples.inputs(RunKind.valueOf(newKind));
  }

  public void duplicate() {
    attempt(() -> {
      show(scenarios.duplicate(user.caller(), opened.id(), copyName));
      info("Duplicated as '" + opened.name() + "'");
      copyName = null;
    });
  }

  public void delete(UUID id) {
    attempt(() -> {
      scenarios.delete(user.caller(), id);
      if (opened != null && opened.id().equals(id)) {
        opened = null;
      }
      info("Deleted");
    });
  }

  public void run(UUID id) {
    attempt(() -> {
      ScenarioRun run = scenarios.run(user.caller(), id);
      lastRun = run.runId();
      lastRunKind = run.kind();
      info("Ran the scenario; the run is stored in the run history");
    });
  }

  /** Sends the scenario's export document as a file download. */
  public void export(UUID id) throws IOException {
    byte[] document = scenarios.export(user.caller(), id).getBytes(StandardCharsets.UTF_8);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/json");
    external.setResponseContentLength(document.length);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"scenario-" + id + ".json\"");
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(document);
    }
    faces.responseComplete();
  }

  /** Imports the uploaded file, or else the pasted document. */
  public void importDocument() {
    attempt(() -> {
      show(scenarios.importScenario(user.caller(), importedText()));
      info("Imported as '" + opened.name() + "'");
      importText = null;
    });
  }

  private String importedText() {
    if (importFile != null && importFile.getSize() > 0) {
      try (InputStream in = importFile.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InvalidAssumptionsException("document", "could not be read: " + e.getMessage());
      }
    }
    return importText == null ? "" : importText;
  }

  private void attempt(Runnable action) {
    try {
      action.run();
      conflict = null;
    } catch (ScenarioConflictException e) {
      conflict = e.getMessage();
    } catch (InvalidAssumptionsException e) {
      Messages.error(e.errors().stream().map(ScenariosBacking::describe).collect(Collectors.joining("; ")));
    } catch (RecordNotFoundException e) {
      Messages.warn(e.getMessage());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may read scenarios but not change or run them");
    }
    load();
  }

  private static String describe(FieldError error) {
    return error.field() + " " + error.message();
  }

  private void show(ScenarioView scenario) {
    opened = scenario;
    editName = scenario.name();
    editInputs = ScenarioExamples.pretty(scenario.inputsJson());
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public List<String> getKinds() {
    return List.of(RunKind.DCF.name(), RunKind.OPTION.name());
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public List<ScenarioView> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public ScenarioView getOpened() {
    return opened;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  public String getEditInputs() {
    return editInputs;
  }

  public void setEditInputs(String editInputs) {
    this.editInputs = editInputs;
  }

  /** Why the last save was refused as a conflict (stale version or taken name); null otherwise. */
  public String getConflict() {
    return conflict;
  }

  public String getCopyName() {
    return copyName;
  }

  public void setCopyName(String copyName) {
    this.copyName = copyName;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewKind() {
    return newKind;
  }

  public void setNewKind(String newKind) {
    this.newKind = newKind;
  }

  public String getNewInputs() {
    return newInputs;
  }

  public void setNewInputs(String newInputs) {
    this.newInputs = newInputs;
  }

  public String getImportText() {
    return importText;
  }

  public void setImportText(String importText) {
    this.importText = importText;
  }

  public Part getImportFile() {
    return importFile;
  }

  public void setImportFile(Part importFile) {
    this.importFile = importFile;
  }

  public UUID getLastRun() {
    return lastRun;
  }

  /** Whether the DCF page can reopen the last run. */
  public boolean isLastRunReopenable() {
    return lastRunKind == RunKind.DCF;
  }
}
