package org.enforcement.operations.casesclient;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code POST /api/cases/{id}/settlements}: a settlement agreement reached in the field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SettlementCommand(LocalDate signedOn, BigDecimal total, String terms, List<Installment> installments) {

    public record Installment(LocalDate dueOn, BigDecimal amount) {
    }
}
