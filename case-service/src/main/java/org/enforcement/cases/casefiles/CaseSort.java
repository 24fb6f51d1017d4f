package org.enforcement.cases.casefiles;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.enforcement.commons.http.QueryParams;
import org.enforcement.commons.paging.PageCursors;

/**
 * Orders of a case listing and their keyset cursors. A cursor holds the sort values of the last item shown, so
 * pages stay stable while cases are added.
 */
public enum CaseSort {
    FILED_ON_ASC("filedOn", "c.filedOn", true),
    FILED_ON_DESC("-filedOn", "c.filedOn", false),
    OWED_ASC("owed", "(c.principal + c.costs)", true),
    OWED_DESC("-owed", "(c.principal + c.costs)", false),
    CASE_NUMBER_ASC("caseNumber", "c.numberYear", true),
    CASE_NUMBER_DESC("-caseNumber", "c.numberYear", false);

    final String param;
    final String expression;
    final boolean ascending;

    CaseSort(String param, String expression, boolean ascending) {
        this.param = param;
        this.expression = expression;
        this.ascending = ascending;
    }

    public static CaseSort parse(String value) {
        if (value == null || value.isBlank()) {
            return FILED_ON_DESC;
        }
        for (CaseSort sort : values()) {
            if (sort.param.equals(value.strip())) {
                return sort;
            }
        }
        throw QueryParams.invalid("sort", "must be one of filedOn, -filedOn, owed, -owed, caseNumber, -caseNumber");
    }

    /** The JPQL ORDER BY for this sort, with the id as tie-breaker. */
    String orderBy() {
        String dir = ascending ? " ASC" : " DESC";
        if (this == CASE_NUMBER_ASC || this == CASE_NUMBER_DESC) {
            return "c.numberYear" + dir + ", c.numberSeq" + dir + ", c.id" + dir;
        }
        return expression + dir + ", c.id" + dir;
    }

    /** The JPQL condition "after the cursor" for this sort; parameters kv, ks and kid. */
    String afterCondition() {
        String op = ascending ? " > " : " < ";
        if (this == CASE_NUMBER_ASC || this == CASE_NUMBER_DESC) {
            return "(c.numberYear" + op + ":kv or (c.numberYear = :kv and (c.numberSeq" + op
                    + ":ks or (c.numberSeq = :ks and c.id" + op + ":kid))))";
        }
        return "(" + expression + op + ":kv or (" + expression + " = :kv and c.id" + op + ":kid))";
    }

    Object cursorValue(Cursor cursor) {
        return switch (this) {
            // Strictly, as the query parameters they stand for: a forged cursor must not reach the database.
            case FILED_ON_ASC, FILED_ON_DESC -> QueryParams.date("cursor", cursor.value());
            case OWED_ASC, OWED_DESC -> QueryParams.amount("cursor", cursor.value());
            case CASE_NUMBER_ASC, CASE_NUMBER_DESC -> Integer.parseInt(cursor.value());
        };
    }

    Cursor cursorAfter(Case c) {
        return switch (this) {
            case FILED_ON_ASC, FILED_ON_DESC -> new Cursor(this, c.filedOn.toString(), 0, c.id);
            case OWED_ASC, OWED_DESC -> new Cursor(this, c.owed().toPlainString(), 0, c.id);
            case CASE_NUMBER_ASC, CASE_NUMBER_DESC -> new Cursor(this, Integer.toString(c.numberYear), c.numberSeq,
                    c.id);
        };
    }

    /** Position after which the next page starts. Opaque to clients (base64url). */
    public record Cursor(CaseSort sort, String value, int seq, UUID id) {

        public String encode() {
            String raw = sort.param + "|" + value + "|" + seq + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        public static Cursor decode(String text, CaseSort expected) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
                String[] parts = raw.split("\\|", -1);
                if (parts.length != 4 || !parts[0].equals(expected.param)) {
                    throw new IllegalArgumentException();
                }
                Cursor cursor = new Cursor(expected, parts[1], Integer.parseInt(parts[2]), UUID.fromString(parts[3]));
                expected.cursorValue(cursor); // must parse for this sort
                return cursor;
            } catch (RuntimeException e) {
                throw PageCursors.invalid(); // also another sort's cursor: its values mean another order
            }
        }
    }
}
