package org.demarche.app.web;

import io.javalin.http.Context;
import java.util.Set;
import org.demarche.store.Database;

/** {@code GET /api/articles/{id}}: an article's text with all its annotations. */
final class ArticleApi {

  private final Database db;
  private final ActorDirectory actors;

  ArticleApi(Database db, ActorDirectory actors) {
    this.db = db;
    this.actors = actors;
  }

  void article(Context ctx) {
    Params.of(ctx, Set.of());
    String id = ctx.pathParam("id");
    Json.send(ctx, db.article(id).map(x -> ArticleView.of(x, actors))
        .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'")));
  }
}
