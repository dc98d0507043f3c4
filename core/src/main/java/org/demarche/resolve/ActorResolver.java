package org.demarche.resolve;

import org.demarche.model.AnnotatedArticle;
import org.demarche.model.ResolvedArticle;

/** Finds the mentions of actors and places in an article and links each to a canonical entity. */
public interface ActorResolver {

  /** Resolves every mention in {@code article}. Thread-safe. */
  ResolvedArticle resolve(AnnotatedArticle article);
}
