package org.enforcement.cases.casefiles;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

/** An enforcement case (执行案件): who owes what to whom under which judgment, and where enforcement stands. */
@Entity
@Table(name = "enforcement_case")
public class Case {

    @Id
    public UUID id;

    public String court;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "number_year")
    public int numberYear;

    @Column(name = "number_seq")
    public int numberSeq;

    public String cause;

    @Column(name = "basis_document")
    public String basisDocument;

    public BigDecimal principal;

    public BigDecimal costs;

    @Column(name = "non_monetary_obligation")
    public String nonMonetaryObligation;

    @Column(name = "assigned_judge")
    public String assignedJudge;

    @Column(name = "campaign_code")
    public String campaignCode;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "conclusion_type")
    public ConclusionType conclusionType;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(name = "filed_at")
    public Instant filedAt;

    @Column(name = "concluded_at")
    public Instant concludedAt;

    @Version
    public long version;

    // The money totals, kept by the use cases that book money under the case lock (which already bumps the
    // version, so changing them does not bump it a second time). Read through ledger(), changed through keep().
    @OptimisticLock(excluded = true)
    public BigDecimal paid = Ledger.ZERO;

    @OptimisticLock(excluded = true)
    public BigDecimal disbursed = Ledger.ZERO;

    @OptimisticLock(excluded = true)
    @Column(name = "pending_disbursements")
    public BigDecimal pendingDisbursements = Ledger.ZERO;

    @OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100) // a listing page loads all its parties in one query
    public List<Party> parties = new ArrayList<>();

    /** Principal plus costs: what the respondents must pay in total (执行标的). */
    public BigDecimal owed() {
        return principal.add(costs);
    }

    /** The case's money as its row keeps it: no sum over the ledger. */
    public Ledger ledger() {
        return new Ledger(owed(), paid, disbursed, pendingDisbursements);
    }

    /** Keeps {@code after} (a move of {@link #ledger()}) on the row; call only while holding the case lock. */
    public void keep(Ledger after) {
        paid = after.paid();
        disbursed = after.disbursed();
        pendingDisbursements = after.pendingDisbursements();
    }

    public List<Party> applicants() {
        return parties.stream().filter(p -> p.role == PartyRole.APPLICANT).toList();
    }

    public List<Party> respondents() {
        return parties.stream().filter(p -> p.role == PartyRole.RESPONDENT).toList();
    }

    public Optional<Party> party(UUID partyId) {
        return parties.stream().filter(p -> p.id.equals(partyId)).findFirst();
    }
}
