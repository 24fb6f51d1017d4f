package org.enforcement.cases.casefiles;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Filters, order and page of a case listing, already parsed and checked. */
public record CaseQuery(CaseStatus status, String court, String judge, String respondentName, LocalDate filedFrom,
                        LocalDate filedTo, BigDecimal minAmount, BigDecimal maxAmount, CaseSort sort,
                        CaseSort.Cursor cursor, int limit) {
}
