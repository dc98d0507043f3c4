package org.demarche.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Answers the requests Jetty refuses before any handler sees them (a request line too long, a
 * path with an encoded NUL or ambiguous segments) the way the API answers its own errors: an
 * {@link ErrorBody} as JSON with the security headers, instead of Jetty's HTML page.
 * Thread-safe.
 */
final class JettyErrors extends ErrorHandler {

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    baseRequest.setHandled(true);
    int status = response.getStatus();
    response.setContentType(Json.CONTENT_TYPE);
    response.setHeader("Content-Security-Policy", WebServer.CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(body(status, HttpStatus.getMessage(status)));
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
    fields.put(new HttpField("Content-Security-Policy", WebServer.CONTENT_SECURITY_POLICY));
    fields.put(new HttpField("X-Content-Type-Options", "nosniff"));
    return ByteBuffer.wrap(body(status, reason == null ? HttpStatus.getMessage(status) : reason));
  }

  private static byte[] body(int status, String reason) {
    try {
      return Json.mapper().writeValueAsBytes(new ErrorBody(status, "request refused: "
          + (reason == null ? "status " + status : reason.toLowerCase(java.util.Locale.ROOT)), null));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an error body", e);
    }
  }
}
