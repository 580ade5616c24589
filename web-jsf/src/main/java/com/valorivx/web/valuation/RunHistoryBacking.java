package com.valorivx.web.valuation;

import com.valorivx.valuation.RunPage;
import com.valorivx.valuation.ValuationService;
import com.valorivx.web.security.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The run history: the tenant's runs, newest first, a page at a time. */
@Named
@ViewScoped
public class RunHistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  ValuationService valuations;

  @Inject
  SignedInUser user;

  private LazyDataModel<RunRow> runs;

  @PostConstruct
  void init() {
    runs = new Runs();
  }

  public LazyDataModel<RunRow> getRuns() {
    return runs;
  }

  /** Pages through the service's listing; the table asks for page {@code first / pageSize}. */
  private final class Runs extends LazyDataModel<RunRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) valuations.list(user.caller(), null, 0, 1).total();
    }

    @Override
    public List<RunRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      RunPage page = valuations.list(user.caller(), null, first / pageSize, pageSize);
      setRowCount((int) page.total());
      return page.items().stream().map(RunRow::of).toList();
    }

    @Override
    public String getRowKey(RunRow row) {
      return row.id().toString();
    }
  }
}
