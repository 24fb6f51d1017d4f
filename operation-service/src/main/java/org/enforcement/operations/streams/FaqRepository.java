package org.enforcement.operations.streams;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FaqRepository implements PanacheRepositoryBase<FaqEntry, UUID> {

    /**
     * Entries whose question, answer or a tag contains {@code keyword}, ignoring case (PostgreSQL ILIKE with % and _
     * taken literally), newest first. A null or blank keyword matches all. Withdrawn entries are never found.
     */
    public List<FaqEntry> search(String keyword, int limit) {
        if (keyword == null || keyword.isBlank()) {
            return find("withdrawal.at is null order by createdAt desc, id").page(0, limit).list();
        }
        return getEntityManager().createQuery("""
                        select e from FaqEntry e
                        where e.withdrawal.at is null
                          and (e.question ilike :q escape '\\' or e.answer ilike :q escape '\\'
                           or exists (select 1 from FaqEntry f join f.tags t where f = e and t ilike :q escape '\\'))
                        order by e.createdAt desc, e.id""", FaqEntry.class)
                .setParameter("q", "%" + likeEscape(keyword.strip()) + "%")
                .setMaxResults(limit)
                .getResultList();
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
