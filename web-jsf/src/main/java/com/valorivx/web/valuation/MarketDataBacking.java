package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.engine.market.MarketEstimate;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.market.DatasetDetail;
import com.valorivx.market.DatasetView;
import com.valorivx.market.MarketDataService;
import com.valorivx.market.ReadOnlyDatasetException;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.file.UploadedFile;

/**
 * The market data page: lists the data sets (the synthetic sample first), uploads a CSV, draws the
 * selected data set, deletes it, and estimates the portfolio inputs over a window, which "Use in
 * portfolio" hands to the portfolio page.
 */
@Named
@ViewScoped
public class MarketDataBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Most data sets the page lists. */
  static final int PAGE_SIZE = 100;

  /** Largest upload read (bytes), as the REST API. */
  static final long MAX_UPLOAD_BYTES = 4L * 1024 * 1024;

  @Inject
  SignedInUser user;

  @Inject
  MarketDataService market;

  private List<DatasetView> datasets;
  private DatasetView selected;
  private String chartJson;
  private final EstimateWindow window = new EstimateWindow("WEEKLY", "LOG");
  private MarketEstimate estimate;
  private String uploadName;
  private String uploadKind = "PRICES";
  private transient UploadedFile uploadFile;

  /** One row of the estimate table. */
  public record EstimateRow(String asset, double expectedReturn, double volatility, List<Double> correlations)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public List<DatasetView> getDatasets() {
    if (datasets == null) {
      datasets = market.list(user.caller(), 0, PAGE_SIZE).items();
    }
    return datasets;
  }

  /** Opens a data set: draws it and clears the last estimate. */
  public void select(String id) {
    try {
      DatasetDetail detail = market.find(user.caller(), UUID.fromString(id), null, null);
      selected = detail.dataset();
      chartJson = MarketChart.json(detail.history(), selected.name());
      estimate = null;
    } catch (RecordNotFoundException e) {
      Messages.error(e.getMessage());
      datasets = null;
    }
  }

  public void estimateInputs() {
    if (selected == null) {
      Messages.error("Open a data set first");
      return;
    }
    try {
      estimate = market.estimate(user.caller(), selected.id(), window.toRequest());
    } catch (InvalidAssumptionsException e) {
      estimate = null;
      Messages.fieldErrors(e.errors());
    } catch (ModelNotSolvableException e) {
      estimate = null;
      Messages.error(e.field() + ": " + e.reason());
    }
  }

  public void delete(String id) {
    try {
      market.delete(user.caller(), UUID.fromString(id));
      if (selected != null && selected.id().toString().equals(id)) {
        selected = null;
        chartJson = null;
        estimate = null;
      }
    } catch (ReadOnlyDatasetException | RecordNotFoundException e) {
      Messages.error(e.getMessage());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may read market data but not change it");
    }
    datasets = null;
  }

  /** Stores the uploaded file; every bad row is listed and nothing is stored. */
  public void upload() {
    if (uploadFile == null || uploadFile.getSize() == 0) {
      Messages.error("Choose a CSV file to upload");
      return;
    }
    if (uploadFile.getSize() > MAX_UPLOAD_BYTES) {
      Messages.error("The file is larger than 4 MiB; split it into several data sets");
      return;
    }
    try (InputStream in = uploadFile.getInputStream()) {
      String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      DatasetView saved = market.upload(user.caller(), uploadName, uploadKind, csv);
      datasets = null;
      uploadName = null;
      select(saved.id().toString());
    } catch (InvalidAssumptionsException e) {
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may read market data but not change it");
    } catch (IOException e) {
      Messages.error("The file could not be read: " + e.getMessage());
    }
  }

  public List<EstimateRow> getEstimateRows() {
    List<EstimateRow> rows = new ArrayList<>();
    if (estimate != null) {
      for (int i = 0; i < estimate.assets().size(); i++) {
        rows.add(new EstimateRow(estimate.assets().get(i), estimate.expectedReturns().get(i),
            estimate.volatilities().get(i), estimate.correlations().get(i)));
      }
    }
    return rows;
  }

  /** The portfolio page, which re-estimates from the same data set, window and frequency. */
  public String getPortfolioLink() {
    if (selected == null) {
      return null;
    }
    StringBuilder link = new StringBuilder("portfolio.xhtml?dataset=").append(selected.id());
    append(link, "from", window.getFrom());
    append(link, "to", window.getTo());
    append(link, "frequency", window.getFrequency());
    append(link, "returns", window.getReturns());
    return link.toString();
  }

  private static void append(StringBuilder link, String name, String value) {
    if (value != null && !value.isBlank()) {
      link.append('&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  /** The symbols as the table shows them. */
  public String symbolList(DatasetView d) {
    return String.join(", ", d.symbols());
  }

  public DatasetView getSelected() {
    return selected;
  }

  public String getChartJson() {
    return chartJson;
  }

  public MarketEstimate getEstimate() {
    return estimate;
  }

  /** The estimate's window, frequency and returns, as the form holds them. */
  public EstimateWindow getWindow() {
    return window;
  }

  public String getUploadName() {
    return uploadName;
  }

  public void setUploadName(String uploadName) {
    this.uploadName = uploadName;
  }

  public String getUploadKind() {
    return uploadKind;
  }

  public void setUploadKind(String uploadKind) {
    this.uploadKind = uploadKind;
  }

  public UploadedFile getUploadFile() {
    return uploadFile;
  }

  public void setUploadFile(UploadedFile uploadFile) {
    this.uploadFile = uploadFile;
  }
}
