-- Witness capacities (见证人身份) are one vocabulary with operation-service now (domain-rules WitnessCapacity): the
-- old case-service spellings become the shared ones, so stored searches read back. Events already published keep
-- the spelling they were published with (the feed is history).

UPDATE measure m
SET witnesses = (
    SELECT jsonb_agg(CASE w ->> 'capacity'
                         WHEN 'PROCURATORATE' THEN jsonb_set(w, '{capacity}', '"PROCURATORATE_SUPERVISOR"')
                         WHEN 'CPPCC_MEMBER' THEN jsonb_set(w, '{capacity}', '"POLITICAL_CONSULTATIVE_MEMBER"')
                         WHEN 'COMMUNITY' THEN jsonb_set(w, '{capacity}', '"COMMUNITY_REPRESENTATIVE"')
                         ELSE w END ORDER BY i)
    FROM jsonb_array_elements(m.witnesses) WITH ORDINALITY AS e(w, i))
WHERE jsonb_typeof(m.witnesses) = 'array' AND jsonb_array_length(m.witnesses) > 0;

-- Every stored witness has a capacity from the list (the JSON column cannot have a plain IN check).
ALTER TABLE measure ADD CONSTRAINT measure_witness_capacity_check CHECK (witnesses IS NULL OR NOT jsonb_path_exists(
    witnesses, '$[*] ? (!(@.capacity == "PROCURATORATE_SUPERVISOR" || @.capacity == "DISCIPLINE_INSPECTION"
        || @.capacity == "PEOPLES_CONGRESS_DEPUTY" || @.capacity == "POLITICAL_CONSULTATIVE_MEMBER"
        || @.capacity == "MEDIA" || @.capacity == "COMMUNITY_REPRESENTATIVE" || @.capacity == "FAMILY_MEMBER"
        || @.capacity == "OTHER"))'));
