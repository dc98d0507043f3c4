package org.demarche.app.web;

import java.util.List;
import java.util.function.Function;
import org.demarche.store.Page;

/**
 * One page of results.
 *
 * @param results the items on this page
 * @param page page number, from 1
 * @param size page size used
 * @param total results on all pages
 * @param pages number of pages
 * @param <T> item type
 */
record PageView<T>(List<T> results, int page, int size, long total, long pages) {

  PageView {
    results = List.copyOf(results);
  }

  /** {@code p} with each item converted by {@code view}. */
  static <S, T> PageView<T> of(Page<S> p, Function<S, T> view) {
    return new PageView<>(p.items().stream().map(view).toList(), p.page(), p.size(), p.total(), p.pages());
  }
}
