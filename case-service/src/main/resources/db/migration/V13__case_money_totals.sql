-- A case's money totals kept on its row (issue 18): the use cases that book money update them under the case lock
-- they hold, so reading a case or checking a payment no longer sums the whole ledger. Back-filled from the ledger
-- exactly: paid = payments net of reversals, disbursed = approved disbursements, pending = those awaiting a decision.

ALTER TABLE enforcement_case
    ADD COLUMN paid                  NUMERIC(16, 2) NOT NULL DEFAULT 0 CHECK (paid >= 0),
    ADD COLUMN disbursed             NUMERIC(16, 2) NOT NULL DEFAULT 0 CHECK (disbursed >= 0),
    ADD COLUMN pending_disbursements NUMERIC(16, 2) NOT NULL DEFAULT 0 CHECK (pending_disbursements >= 0);

UPDATE enforcement_case c SET paid = p.total
FROM (SELECT case_id, sum(amount) AS total FROM payment GROUP BY case_id) p
WHERE p.case_id = c.id;

UPDATE enforcement_case c SET disbursed = d.approved, pending_disbursements = d.requested
FROM (SELECT case_id,
             coalesce(sum(amount) FILTER (WHERE status = 'APPROVED'), 0) AS approved,
             coalesce(sum(amount) FILTER (WHERE status = 'REQUESTED'), 0) AS requested
      FROM disbursement GROUP BY case_id) d
WHERE d.case_id = c.id;

-- Agreements are looked up by case on every payment (the live one, a completed one): the partial unique index
-- serves only a literal status list, which a prepared statement's generic plan does not have.
CREATE INDEX settlement_agreement_case ON settlement_agreement (case_id, status);
