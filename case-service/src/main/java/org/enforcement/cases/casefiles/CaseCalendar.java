package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.enforcement.cases.config.CaseConfig;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.rules.BusinessCalendar;

/** The business calendar of the courts: today in their zone (Asia/Shanghai), and which days a case fact may name. */
@ApplicationScoped
public class CaseCalendar {

    @Inject
    Clock clock;

    @Inject
    CaseConfig config;

    /** Today in the courts' zone: the day of a fact recorded without a day of its own. */
    public LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    /**
     * A day something happened in the case (signing, receiving money, a sale, the conclusion): not in the future
     * (Asia/Shanghai) and not before the case was filed. A 400 naming {@code field} otherwise.
     */
    public void requireCaseDay(Case c, String field, LocalDate day) {
        if (day.isAfter(today())) {
            throw ProblemException.invalidField(field, "must not be in the future");
        }
        if (day.isBefore(c.filedOn)) {
            throw ProblemException.invalidField(field, "must not be before the case was filed (" + c.filedOn + ")");
        }
    }
}
