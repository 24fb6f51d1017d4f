-- Every fact on its business day (Asia/Shanghai), not only on the instant it was entered: a 2023 fact entered in
-- 2026 counts in 2023. Rows written before carry the day they were entered, which is what they counted on so far.

ALTER TABLE installment ADD COLUMN missed_on DATE;
UPDATE installment SET missed_on = (missed_at AT TIME ZONE 'Asia/Shanghai')::date WHERE missed_at IS NOT NULL;

ALTER TABLE settlement_agreement ADD COLUMN breached_on DATE, ADD COLUMN ended_on DATE;
UPDATE settlement_agreement SET breached_on = (breached_at AT TIME ZONE 'Asia/Shanghai')::date
    WHERE breached_at IS NOT NULL;
UPDATE settlement_agreement SET ended_on = (ended_at AT TIME ZONE 'Asia/Shanghai')::date WHERE ended_at IS NOT NULL;

ALTER TABLE measure ADD COLUMN ordered_on DATE, ADD COLUMN decided_on DATE;
UPDATE measure SET ordered_on = (coalesce(field_decided_at, ordered_at) AT TIME ZONE 'Asia/Shanghai')::date;
UPDATE measure SET decided_on = (decided_at AT TIME ZONE 'Asia/Shanghai')::date WHERE decided_at IS NOT NULL;
UPDATE measure SET result_on = (result_at AT TIME ZONE 'Asia/Shanghai')::date
    WHERE result_on IS NULL AND result_at IS NOT NULL;
ALTER TABLE measure ALTER COLUMN ordered_on SET NOT NULL;

ALTER TABLE disbursement ADD COLUMN requested_on DATE, ADD COLUMN paid_out_on DATE;
UPDATE disbursement SET requested_on = (requested_at AT TIME ZONE 'Asia/Shanghai')::date;
UPDATE disbursement SET paid_out_on = (decided_at AT TIME ZONE 'Asia/Shanghai')::date WHERE status = 'APPROVED';
ALTER TABLE disbursement ALTER COLUMN requested_on SET NOT NULL;
