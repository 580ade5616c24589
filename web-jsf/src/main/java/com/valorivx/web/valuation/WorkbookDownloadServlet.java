package com.valorivx.web.valuation;

import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.RunWorkbook;
import com.valorivx.valuation.WorkbookService;
import com.valorivx.valuation.WorkbookUnavailableException;
import com.valorivx.web.security.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /runs/workbook?id=<run>}: the signed-in user's run as an {@code .xlsx} download, from the
 * same service as the API's {@code GET /api/v1/valuations/{id}/workbook}. The page links point
 * here; the web.xml constraint on every path keeps it to signed-in users.
 */
@WebServlet("/runs/workbook")
public class WorkbookDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject
  transient WorkbookService workbooks;

  @Inject
  transient SignedInUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<UUID> id = parse(request.getParameter("id"));
    if (id.isEmpty() || !user.isSignedIn()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<RunWorkbook> workbook;
    try {
      workbook = workbooks.workbook(user.caller(), id.get());
    } catch (WorkbookUnavailableException e) {
      response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
      return;
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
      return;
    }
    if (workbook.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] content = workbook.get().content();
    response.setContentType(RunWorkbook.MEDIA_TYPE);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + workbook.get().fileName() + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  private static Optional<UUID> parse(String id) {
    try {
      return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }
}
