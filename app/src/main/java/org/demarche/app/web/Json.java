package org.demarche.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.http.Context;
import java.time.LocalDate;

/** Writes API answers as UTF-8 JSON; dates as ISO strings ({@code 2022-10-12}). Thread-safe. */
final class Json {

  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new SimpleModule("demarche-web").addSerializer(LocalDate.class, ToStringSerializer.instance))
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Json() {}

  /** Answers {@code ctx} with {@code body} as JSON, status unchanged. */
  static void send(Context ctx, Object body) {
    try {
      ctx.contentType(CONTENT_TYPE).result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** The mapper, for tests that read answers back. */
  static ObjectMapper mapper() {
    return MAPPER;
  }
}
