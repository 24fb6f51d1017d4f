package org.enforcement.cases.calendar;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A business date (or instant, judged by its day) of case-service within the courts' calendar: from
 * {@link org.enforcement.rules.BusinessCalendar#EARLIEST} to the end of next year. Put on every date a request
 * carries, so a typo like 0203 or 2203 is a 400 naming the field before any rule of the case looks at it.
 */
@Documented
@Constraint(validatedBy = InBusinessCalendarValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InBusinessCalendar {

    String message() default "must lie within the business calendar";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
