package org.enforcement.cases.payments;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public List<Payment> ofCase(UUID caseId) {
        return list("caseId = ?1 order by recordedAt, id", caseId);
    }

    public Optional<Payment> inCase(UUID caseId, UUID paymentId) {
        return find("id = ?1 and caseId = ?2", paymentId, caseId).firstResultOptional();
    }

    public Optional<Payment> reversalOf(UUID paymentId) {
        return find("reversesPaymentId", paymentId).firstResultOptional();
    }
}
