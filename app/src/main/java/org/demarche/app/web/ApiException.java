package org.demarche.app.web;

/**
 * A request the API answers with an error status and a JSON message instead of a result:
 * {@code {"status": 400, "error": "...", "parameter": "from"}}.
 */
final class ApiException extends RuntimeException {

  private final int status;
  private final String parameter;

  private ApiException(int status, String message, String parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }

  /** 400: query parameter {@code parameter} has a value the API cannot use; the message says why. */
  static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, message, parameter);
  }

  /** 404: nothing is stored under the requested id. */
  static ApiException notFound(String message) {
    return new ApiException(404, message, null);
  }

  /** 405: the API only reads. */
  static ApiException methodNotAllowed(String method) {
    return new ApiException(405, "method " + method + " not allowed: the API is read-only (GET)", null);
  }

  /** The HTTP status to answer with. */
  int status() {
    return status;
  }

  /** The query parameter at fault, or null. */
  String parameter() {
    return parameter;
  }
}
