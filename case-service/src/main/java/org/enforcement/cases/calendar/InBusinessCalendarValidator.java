package org.enforcement.cases.calendar;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.enforcement.rules.BusinessCalendar;

/** The one check of case-service's date bounds; the bounds themselves are {@link BusinessCalendar}'s. */
public class InBusinessCalendarValidator implements ConstraintValidator<InBusinessCalendar, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true; // required-ness is @NotNull's business
        }
        LocalDate today = BusinessCalendar.today(Clock.systemUTC());
        Optional<String> problem;
        if (value instanceof LocalDate day) {
            problem = BusinessCalendar.outOfRange(day, today);
        } else if (value instanceof Instant instant) {
            problem = BusinessCalendar.outOfRange(instant, today);
        } else {
            throw new IllegalArgumentException("@InBusinessCalendar applies to LocalDate and Instant, not "
                    + value.getClass().getSimpleName());
        }
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
        return false;
    }
}
