package org.enforcement.commons.calendar;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.enforcement.rules.BusinessCalendar;

/** The one check of {@link InBusinessCalendar}: the bounds and their wording come from {@link BusinessCalendar}. */
public final class InBusinessCalendarValidator {

    private InBusinessCalendarValidator() {
    }

    /** For instants: judged by their business day. Quarkus makes validators beans: today comes from the Clock. */
    public static class ForInstant implements ConstraintValidator<InBusinessCalendar, Instant> {
        @Inject
        Clock clock;

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || report(BusinessCalendar.outOfRange(value, BusinessCalendar.today(clock)), context);
        }
    }

    /** For business dates. */
    public static class ForLocalDate implements ConstraintValidator<InBusinessCalendar, LocalDate> {
        @Inject
        Clock clock;

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || report(BusinessCalendar.outOfRange(value, BusinessCalendar.today(clock)), context);
        }
    }

    /** Replaces the generic message by the calendar's own ("must not be before 1990-01-01"). */
    private static boolean report(Optional<String> problem, ConstraintValidatorContext context) {
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.get().replace("{", "\\{").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }
}
