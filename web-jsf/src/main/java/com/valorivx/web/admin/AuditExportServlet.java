package com.valorivx.web.admin;

import com.valorivx.audit.AuditExportWriter;
import com.valorivx.audit.AuditService;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.governance.Caller;
import com.valorivx.web.security.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * {@code /admin/audit/export?format=csv|json&from=&to=}: the signed-in admin's tenant trail as a
 * download, streamed batch by batch like {@code GET /api/v1/admin/audit/export}.
 */
@WebServlet("/admin/audit/export")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject
  transient AuditService audit;

  @Inject
  transient SignedInUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!user.isSignedIn()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean csv = !"json".equals(request.getParameter("format"));
    String from = request.getParameter("from");
    String to = request.getParameter("to");
    Caller caller = user.caller();
    UUID tenant;
    try {
      tenant = audit.startExport(caller, null, from, to, csv ? "csv" : "json");
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
      return;
    } catch (InvalidAssumptionsException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    response.setContentType(csv ? "text/csv; charset=UTF-8" : "application/json");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit." + (csv ? "csv" : "json") + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    AuditExportWriter.Batches batches = after -> audit.exportBatch(caller, tenant, from, to, after,
        AuditService.BATCH_SIZE);
    if (csv) {
      AuditExportWriter.csv(response.getOutputStream(), batches);
    } else {
      AuditExportWriter.json(response.getOutputStream(), batches);
    }
  }
}
