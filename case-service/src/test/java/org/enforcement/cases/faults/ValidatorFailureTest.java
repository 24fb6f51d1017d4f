package org.enforcement.cases.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * A validator that throws (a defect, not a violation) reaches the client as a 500 problem+json with a reference,
 * never as the validator's stack trace. The resource below exists only in this test and is hidden from the contract.
 */
@QuarkusTest
class ValidatorFailureTest {

    @Test
    void shouldAnswerProblemJsonWithoutStackTraceWhenAValidatorThrows() {
        given().queryParam("value", "x")
                .when().get("/test/validator-failure")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/internal"))
                .body("status", equalTo(500))
                .body("reference", not(equalTo(null)))
                .body(not(containsString("IllegalStateException")))
                .body("detail", startsWith("The request failed unexpectedly"));
    }

    @Path("/test/validator-failure")
    public static class ThrowingValidationResource {

        @GET
        @PermitAll
        @Operation(hidden = true)
        public String get(@QueryParam("value") @Throwing String value) {
            return value;
        }
    }

    @Target({ElementType.PARAMETER, ElementType.FIELD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ThrowingValidator.class)
    public @interface Throwing {
        String message() default "never reported";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class ThrowingValidator implements ConstraintValidator<Throwing, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            throw new IllegalStateException("a defect inside a validator");
        }
    }
}
