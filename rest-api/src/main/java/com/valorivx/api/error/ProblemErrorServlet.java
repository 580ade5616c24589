package com.valorivx.api.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of this WAR (web.xml): answers in problem+json what the container refuses before
 * JAX-RS runs, above all a bearer token that is malformed, badly signed or expired (401), and
 * what no resource matches. Reached only by the container's error dispatch.
 */
public class ProblemErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ProblemErrorServlet.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (!(code instanceof Integer status)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Problem problem = problemFor(status, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    problem = new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
        uri == null ? null : uri.toString(), problem.errors(), problem.correlationId());
    response.resetBuffer();
    response.setStatus(status);
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.toJson(problem));
  }

  private static Problem problemFor(int status, Throwable exception) {
    if (status >= 500) {
      String correlationId = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, exception, () -> "Unexpected failure outside JAX-RS, correlation id " + correlationId);
      return Problem.serverError(correlationId);
    }
    return Problem.ofStatus(status, StatusDetails.detail(status, null));
  }
}
