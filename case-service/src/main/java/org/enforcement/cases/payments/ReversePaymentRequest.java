package org.enforcement.cases.payments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Correcting a wrongly recorded payment: it stays in the ledger and a reversal cancels it. */
@Schema(name = "ReversePaymentRequest")
public record ReversePaymentRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "金额录入错误，应为2000元") String reason) {
}
