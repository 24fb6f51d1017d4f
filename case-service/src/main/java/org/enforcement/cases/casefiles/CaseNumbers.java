package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.enforcement.cases.config.CaseConfig;

/**
 * Hands out case numbers per court and year, gap-free: the counter row is incremented in the filing
 * transaction and stays locked until it commits, so a rolled-back filing gives its number back and concurrent
 * filings queue for the next one.
 */
@ApplicationScoped
public class CaseNumbers {

    /** A taken number: its sequence and its text, e.g. (2023)苏0804执1234号. */
    public record CaseNumber(int year, int seq, String text) {
    }

    @Inject
    EntityManager em;

    @Inject
    CaseConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseNumber next(String court, int year) {
        Number seq = (Number) em.createNativeQuery("""
                        INSERT INTO case_number_counter (court, year, last_value) VALUES (?1, ?2, 1)
                        ON CONFLICT (court, year) DO UPDATE SET last_value = case_number_counter.last_value + 1
                        RETURNING last_value""")
                .setParameter(1, court).setParameter(2, year).getSingleResult();
        return new CaseNumber(year, seq.intValue(), format(court, year, seq.intValue()));
    }

    String format(String court, int year, int seq) {
        return config.numberFormat().replace("{year}", Integer.toString(year)).replace("{court}", court)
                .replace("{seq}", Integer.toString(seq));
    }
}
