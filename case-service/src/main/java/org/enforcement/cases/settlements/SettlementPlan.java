package org.enforcement.cases.settlements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.enforcement.rules.settlements.InstallmentPlan;

/**
 * The installment plan of an enforcement settlement agreement (执行和解协议). Pure.
 * <ul>
 *   <li>Limits: the plan is in date order, starts on or after signing, adds up to the total exactly
 *   and ends within ten years of signing: the shared rule, {@link InstallmentPlan}, checked by SignSettlement.</li>
 *   <li>Allocation: money paid goes to the oldest installment not yet paid first (missed ones included), each
 *   taking at most what it still lacks.</li>
 * </ul>
 */
public final class SettlementPlan {

    private SettlementPlan() {
    }

    /** An installment as allocation sees it: what it still lacks, and whether it is paid already. */
    public record Position(BigDecimal due, boolean paid) {
    }

    /** {@code amount} of a payment applied to the installment at {@code index} (in plan order). */
    public record Share(int index, BigDecimal amount) {
    }

    /**
     * Spreads {@code amount} over {@code installments} (in plan order), oldest not yet paid first. What exceeds
     * them all stays unallocated (the case's outstanding beyond the agreement).
     */
    public static List<Share> allocate(BigDecimal amount, List<Position> installments) {
        BigDecimal remaining = amount;
        List<Share> shares = new ArrayList<>();
        for (int index = 0; index < installments.size() && remaining.signum() > 0; index++) {
            Position i = installments.get(index);
            if (i.paid()) {
                continue;
            }
            BigDecimal take = i.due().min(remaining);
            remaining = remaining.subtract(take);
            shares.add(new Share(index, take));
        }
        return shares;
    }
}
