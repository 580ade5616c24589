package com.valorivx.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /charts/csv/<key>/<file>}: a chart's data as a CSV download, from the tables the
 * signed-in user's pages registered in {@link ChartCsv}; 404 for any other key. The web.xml
 * constraint on every path keeps it to signed-in users.
 */
@WebServlet(ChartCsv.PATH + "/*")
public class ChartCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject
  transient ChartCsv charts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo();
    String key = path == null ? "" : path.replaceFirst("^/", "").replaceFirst("/.*$", "");
    Optional<ChartCsv.Table> table = charts.find(key);
    if (table.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] content = table.get().csv().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + table.get().fileName().replace("\"", "")
        + "\"");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
