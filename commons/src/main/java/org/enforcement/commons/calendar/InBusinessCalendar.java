package org.enforcement.commons.calendar;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The date or instant lies within the courts' business calendar (domain-rules {@code BusinessCalendar}: from
 * 1990-01-01 to 31 December of next year, judged by its day in Asia/Shanghai). Every date and instant of a fact that a
 * request carries has it (operation-service's {@code InBusinessCalendarTest} checks that none is missed there); dates
 * that plan ahead, like installment due dates, are bounded by their own rule instead. Null is valid (use
 * {@code @NotNull} where the value is required).
 */
@Documented
@Constraint(validatedBy = {InBusinessCalendarValidator.ForInstant.class,
    InBusinessCalendarValidator.ForLocalDate.class})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface InBusinessCalendar {

    String message() default "must lie within the business calendar";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
