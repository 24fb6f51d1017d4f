package org.enforcement.operations.streams;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FaqRepository implements PanacheRepositoryBase<FaqEntry, UUID> {

    /**
     * Entries whose question, answer or a tag contains {@code keyword}, ignoring case (PostgreSQL ILIKE with % and _
     * taken literally), newest first, after {@code after} (null: from the newest). A null or blank keyword matches
     * all. Withdrawn entries are never found.
     */
    public List<FaqEntry> search(String keyword, FaqPage.Position after, int limit) {
        boolean all = keyword == null || keyword.isBlank();
        var query = getEntityManager().createQuery("""
                        select e from FaqEntry e
                        where e.withdrawal.at is null
                          and (:all = true or e.question ilike :q escape '\\' or e.answer ilike :q escape '\\'
                           or exists (select 1 from FaqEntry f join f.tags t where f = e and t ilike :q escape '\\'))
                          and (:first = true or e.createdAt < :at or (e.createdAt = :at and e.id > :id))
                        order by e.createdAt desc, e.id""", FaqEntry.class)
                .setParameter("all", all)
                .setParameter("q", all ? "%" : "%" + likeEscape(keyword.strip()) + "%")
                .setParameter("first", after == null)
                .setParameter("at", after == null ? Instant.EPOCH : after.createdAt())
                .setParameter("id", after == null ? new UUID(0, 0) : after.id());
        return query.setMaxResults(limit).getResultList();
    }

    /** The entry locked for a change. */
    public Optional<FaqEntry> lock(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<FaqEntry> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Escapes LIKE's wildcards and the escape character itself. */
    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
