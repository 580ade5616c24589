package com.valorivx.web.valuation;

import com.valorivx.governance.AccessDeniedException;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.Caller;
import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.DcfTornadoRequest;
import com.valorivx.valuation.TornadoService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The tornado section of the DCF page: every input of the DCF swung by its default swing (the service's). */
@ApplicationScoped
public class DcfTornadoes {

  private static final Logger LOG = Logger.getLogger(DcfTornadoes.class.getName());

  @Inject
  TornadoService tornadoes;

  /** The tornado around {@code request}, or null when the DCF itself cannot be valued. */
  public TornadoView around(Caller caller, DcfRequest request) {
    try {
      return TornadoView.of(tornadoes.dcfTornado(caller, new DcfTornadoRequest(request, Map.of())));
    } catch (InvalidAssumptionsException | AccessDeniedException e) {
      // The headline result stands on its own; a tornado the service will not draw (or the role may not compute) is left out.
      LOG.log(Level.FINE, "no tornado: {0}", e.getMessage());
      return null;
    }
  }
}
