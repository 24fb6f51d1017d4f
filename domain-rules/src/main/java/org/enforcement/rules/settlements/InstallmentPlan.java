package org.enforcement.rules.settlements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The installment plan of a settlement agreement (执行和解协议): installments by due date, one per date, none due
 * before signing, adding up to the agreement's total exactly. case-service checks it when an agreement is signed,
 * operation-service when one reached on the spot is recorded. No plan runs longer than {@value #MAX_YEARS} years
 * after signing.
 */
public final class InstallmentPlan {

    /** No installment plan runs longer than this after signing. */
    public static final int MAX_YEARS = 10;

    private InstallmentPlan() {
    }

    /** The last due date a plan signed on {@code signedOn} may have. */
    public static LocalDate latestDue(LocalDate signedOn) {
        return signedOn.plusYears(MAX_YEARS);
    }

    /** What a request field of a due date past {@link #latestDue} is told (the field: installments[i].dueOn). */
    public static String dueTooLate(LocalDate signedOn) {
        return "must not be more than " + MAX_YEARS + " years after the agreement was signed ("
                + latestDue(signedOn) + " at the latest)";
    }

    /** One installment as the rule sees it. */
    public record Installment(LocalDate dueOn, BigDecimal amount) {
    }

    /** How a plan breaks the rule. */
    public enum Kind {
        /** An installment is due later than the caller's horizon (a request field at fault). */
        DUE_TOO_LATE,
        BEFORE_SIGNING,
        OUT_OF_ORDER,
        DOES_NOT_ADD_UP
    }

    /**
     * The first flaw found. {@code type} and {@code title} name the problem; {@code index} is the installment at
     * fault (0-based; -1 for the sum); {@code installmentsSum} and {@code total} are set (at 2 decimals) only when
     * the plan does not add up.
     */
    public record Flaw(Kind kind, String type, String title, String detail, int index, BigDecimal installmentsSum,
                       BigDecimal total) {
    }

    /** The plan, within {@value #MAX_YEARS} years of signing. */
    public static Optional<Flaw> check(LocalDate signedOn, BigDecimal total, List<Installment> plan) {
        return check(signedOn, total, plan, latestDue(signedOn));
    }

    /**
     * The plan, each installment first checked against {@code latestDueOn} when not null (then the flaw's detail
     * is only the date to print, "installments[i].dueOn" being the field).
     */
    public static Optional<Flaw> check(LocalDate signedOn, BigDecimal total, List<Installment> plan,
                                       LocalDate latestDueOn) {
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate previous = null;
        for (int i = 0; i < plan.size(); i++) {
            Installment installment = plan.get(i);
            if (latestDueOn != null && installment.dueOn().isAfter(latestDueOn)) {
                return Optional.of(new Flaw(Kind.DUE_TOO_LATE, null, null, latestDueOn.toString(), i, null, null));
            }
            if (installment.dueOn().isBefore(signedOn)) {
                return Optional.of(new Flaw(Kind.BEFORE_SIGNING, "installment-before-signing",
                        "Installment due before signing", "Installment " + (i + 1) + " is due on "
                        + installment.dueOn() + ", before the agreement was signed on " + signedOn + ".", i, null,
                        null));
            }
            if (previous != null && !installment.dueOn().isAfter(previous)) {
                return Optional.of(new Flaw(Kind.OUT_OF_ORDER, "installments-out-of-order",
                        "Installments out of order", "Installment " + (i + 1) + " is due on " + installment.dueOn()
                        + ", not after installment " + i + " (" + previous + "); list installments by due date,"
                        + " one per date.", i, null, null));
            }
            previous = installment.dueOn();
            sum = sum.add(installment.amount());
        }
        if (sum.compareTo(total) != 0) {
            return Optional.of(new Flaw(Kind.DOES_NOT_ADD_UP, "installments-do-not-add-up",
                    "Installments do not add up", "The installments add up to " + sum.setScale(2).toPlainString()
                    + " yuan but the agreement's total is " + total.setScale(2).toPlainString() + " yuan.", -1,
                    sum.setScale(2), total.setScale(2)));
        }
        return Optional.empty();
    }
}
