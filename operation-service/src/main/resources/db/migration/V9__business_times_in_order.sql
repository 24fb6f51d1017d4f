-- The operation's steps and a question's answer are stored in their order (checked in OperationService and
-- QuestionService first, with a 400 naming the field). NOT VALID: rows written before are not re-checked.

ALTER TABLE operation ADD CONSTRAINT operation_departed_after_assembly
    CHECK (departed_at IS NULL OR assembled_at IS NULL OR departed_at >= assembled_at) NOT VALID;
ALTER TABLE operation ADD CONSTRAINT operation_closed_after_departure
    CHECK (closed_at IS NULL OR departed_at IS NULL OR closed_at >= departed_at) NOT VALID;
ALTER TABLE stream_question ADD CONSTRAINT stream_question_answered_after_submission
    CHECK (answered_at IS NULL OR answered_at >= submitted_at) NOT VALID;
