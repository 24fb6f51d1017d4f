package org.enforcement.cases.casefiles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command on the Case aggregate, named by its action (RecordPayment, SignSettlement, ...), run in one transaction.
 * Only use cases take the case lock ({@link CaseRepository#lockInCourt}, {@link CaseRepository#lockForCheck},
 * {@link CaseRepository#payIn}): everything else works on the case a use case already locked. ArchitectureTest holds
 * this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UseCase {
}
