package org.enforcement.operations.casesclient;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/cases/{id}/payments}: money paid on the spot (channel ON_SITE). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentCommand(String channel, String payer, BigDecimal amount, LocalDate receivedOn, String reference,
                             Boolean concludeIfPaidInFull) {
}
