-- An installment is never paid beyond its amount: allocation takes at most what is due, and a reversal gives back
-- exactly what its payment took, so 0 <= paid <= amount holds for every row the services ever wrote. V3 already
-- checks paid >= 0; this adds the upper bound, so a lost update between two writers fails instead of overpaying.
ALTER TABLE installment ADD CONSTRAINT installment_paid_within_amount CHECK (paid >= 0 AND paid <= amount);
