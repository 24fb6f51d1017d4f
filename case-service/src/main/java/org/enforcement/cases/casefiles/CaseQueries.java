package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/** Finding cases within the caller's court and showing them as the caller may see them (read only). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseQueries {

    @Inject
    CaseRepository cases;

    @Inject
    Caller caller;

    /** The case in the caller's court, unlocked: for reading. */
    public Case get(UUID id) {
        return cases.findInCourt(id, caller.court()).orElseThrow(() -> CaseProblems.notFound(id));
    }

    /** The case as the caller may see it; call inside the transaction that loaded it. */
    public CaseResponse view(Case c) {
        return CaseResponse.of(c, PersonalData.fullAccess(caller));
    }

    public List<CaseTransition> history(UUID id) {
        Case c = get(id);
        return cases.getEntityManager()
                .createQuery("select t from CaseTransition t where t.caseId = :id order by t.id", CaseTransition.class)
                .setParameter("id", c.id).getResultList();
    }

    /** A page of cases as the caller may see them, with the cursor after the last one. */
    public CasePage list(CaseQuery q) {
        boolean full = PersonalData.fullAccess(caller);
        if (q.respondentName() != null && !full) {
            // Otherwise a masked role could confirm a full name by searching for it and seeing a hit.
            throw ProblemException.forbidden("name-search-forbidden", "Searching by name not allowed",
                    "Your role sees names masked, so it cannot search by a respondent's name either;"
                            + " filter by status, judge, dates or amounts.");
        }
        List<Case> found = find(q);
        boolean more = found.size() > q.limit();
        List<Case> page = more ? found.subList(0, q.limit()) : found;
        List<CaseResponse> items = page.stream().map(c -> CaseResponse.of(c, full)).toList();
        String next = more ? q.sort().cursorAfter(page.get(page.size() - 1)).encode() : null;
        return new CasePage(items, next, more, q.limit());
    }

    List<Case> find(CaseQuery q) {
        var jpql = new StringBuilder("select c from Case c where c.court = :court");
        Map<String, Object> params = new HashMap<>();
        params.put("court", caller.court());
        if (q.court() != null && !q.court().equals(caller.court())) {
            return List.of(); // other courts' cases do not exist for this caller
        }
        if (q.status() != null) {
            jpql.append(" and c.status = :status");
            params.put("status", q.status());
        }
        if (q.judge() != null) {
            jpql.append(" and c.assignedJudge = :judge");
            params.put("judge", q.judge());
        }
        if (q.respondentName() != null) {
            jpql.append(" and exists (select p.id from Party p where p.enforcementCase = c"
                    + " and p.role = :respondent and lower(p.name) like :name escape '\\')");
            params.put("respondent", PartyRole.RESPONDENT);
            params.put("name", "%" + likeEscape(q.respondentName().toLowerCase()) + "%");
        }
        if (q.filedFrom() != null) {
            jpql.append(" and c.filedOn >= :filedFrom");
            params.put("filedFrom", q.filedFrom());
        }
        if (q.filedTo() != null) {
            jpql.append(" and c.filedOn <= :filedTo");
            params.put("filedTo", q.filedTo());
        }
        if (q.minAmount() != null) {
            jpql.append(" and (c.principal + c.costs) >= :minAmount");
            params.put("minAmount", q.minAmount());
        }
        if (q.maxAmount() != null) {
            jpql.append(" and (c.principal + c.costs) <= :maxAmount");
            params.put("maxAmount", q.maxAmount());
        }
        if (q.cursor() != null) {
            jpql.append(" and ").append(q.sort().afterCondition());
            params.put("kv", q.sort().cursorValue(q.cursor()));
            params.put("kid", q.cursor().id());
            if (q.sort().name().startsWith("CASE_NUMBER")) {
                params.put("ks", q.cursor().seq());
            }
        }
        jpql.append(" order by ").append(q.sort().orderBy());
        // One more than the page, to tell whether another page follows.
        return cases.find(jpql.toString(), params).page(0, q.limit() + 1).list();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
