package org.demarche.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import org.demarche.store.Database;
import org.demarche.store.StoreException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The analyst's workbench over HTTP: the read-only JSON API under {@code /api/} (described in
 * {@code /openapi.json}) and the web page that uses it, both served from one {@link Database}.
 *
 * <p>Every answer carries a Content-Security-Policy that allows scripts, styles and requests
 * only from this server (no inline script), {@code X-Content-Type-Options: nosniff}, and a
 * frame ban. Methods other than GET and HEAD are answered 405; errors are JSON
 * ({@link ErrorBody}) without stack traces.
 *
 * <p>Thread-safe. The server does not own the database: {@link #stop()} leaves it open.
 */
public final class WebServer implements AutoCloseable {

  /** Sent with every answer. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final int MAX_THREADS = 16;

  private final Javalin app;
  private final String host;

  private WebServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts serving {@code db} on {@code host} (a name or address; {@code 127.0.0.1} keeps it
   * on this machine) and {@code port} (0 for any free port, see {@link #port()}).
   *
   * @throws IllegalArgumentException when the port is outside 0..65535
   * @throws IllegalStateException when the server cannot listen there (port taken, unknown host)
   */
  public static WebServer start(Database db, String host, int port) {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
    }
    ActorDirectory actors = new ActorDirectory(db);
    SearchApi search = new SearchApi(db, actors);
    ArticleApi articles = new ArticleApi(db, actors);
    EntityApi entities = new EntityApi(db, actors);
    EventApi events = new EventApi(db, actors);
    PositionsApi positions = new PositionsApi(db, actors);
    StaticFiles files = new StaticFiles();
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.jetty.threadPool = threadPool();
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));
      config.router.mount(r -> {
        r.before(WebServer::guard);
        // HEAD runs the same handler (Jetty sends no body), so its status is the truth
        for (HandlerType method : List.of(HandlerType.GET, HandlerType.HEAD)) {
          r.addHttpHandler(method, "/api/search", search::search);
          r.addHttpHandler(method, "/api/articles/{id}", articles::article);
          r.addHttpHandler(method, "/api/entities/{id}", entities::entity);
          r.addHttpHandler(method, "/api/quotes", entities::quotes);
          r.addHttpHandler(method, "/api/events", events::events);
          r.addHttpHandler(method, "/api/network", events::network);
          r.addHttpHandler(method, "/api/positions", positions::positions);
          r.addHttpHandler(method, "/", files::serve);
          r.addHttpHandler(method, "/<path>", files::serve);
        }
        r.exception(ApiException.class, (e, ctx) -> {
          if (e.status() == 405) {
            ctx.header("Allow", "GET, HEAD");
          }
          error(ctx, e.status(), e.getMessage(), e.parameter());
        });
        r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), null));
        r.exception(StoreException.class,
            (e, ctx) -> error(ctx, 503, "the database could not answer: " + e.getMessage(), null));
        r.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), null));
        r.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: "
            + e.getClass().getSimpleName(), null));
      });
    });
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": "
          + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
    }
    return new WebServer(app, host);
  }

  /** The port listened on (the one chosen when started with port 0). */
  public int port() {
    return app.port();
  }

  /** The host name or address listened on, as given. */
  public String host() {
    return host;
  }

  /** The address of the web page: {@code http://127.0.0.1:8080/}. */
  public URI url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /**
   * Whether only this machine can connect: the host is a loopback address or a name for one.
   * {@code 0.0.0.0} (every interface) is not.
   */
  public boolean loopbackOnly() {
    return isLoopback(host);
  }

  /** Whether {@code host} names a loopback address; unknown names are not. */
  public static boolean isLoopback(String host) {
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Stops serving; the database stays open. */
  public void stop() {
    app.stop();
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private static void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      throw ApiException.methodNotAllowed(ctx.method().name());
    }
  }

  private static void error(Context ctx, int status, String message, String parameter) {
    ctx.status(status);
    Json.send(ctx, new ErrorBody(status, message, parameter));
  }

  private static QueuedThreadPool threadPool() {
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 2, 60_000);
    pool.setName("demarche-web");
    return pool;
  }
}
