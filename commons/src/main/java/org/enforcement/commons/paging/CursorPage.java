package org.enforcement.commons.paging;

import java.util.List;

/**
 * The one shape of every paged answer: {@code items}, {@code nextCursor} to pass back as {@code cursor},
 * {@code hasMore} and the {@code limit} served. A finite list (cases, operations, questions, FAQ, dead letters) gives
 * no {@code nextCursor} on its last page; an append-only log (the event feed, the audit trail, a webhook's delivery
 * log) always gives one, the position to come back to when {@code hasMore} is false. deploy-check's
 * PaginationContractTest holds every paged operation of the three contracts to this shape.
 */
public interface CursorPage<T> {

    List<T> items();

    String nextCursor();

    boolean hasMore();

    int limit();
}
