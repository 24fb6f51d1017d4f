-- Witness capacities (见证人身份) are one vocabulary with case-service (domain-rules WitnessCapacity). This service
-- already used the shared spellings; the list gains FAMILY_MEMBER and OTHER, and the database now refuses others.

ALTER TABLE witness ADD CONSTRAINT witness_capacity_check CHECK (capacity IN ('PROCURATORATE_SUPERVISOR',
    'DISCIPLINE_INSPECTION', 'PEOPLES_CONGRESS_DEPUTY', 'POLITICAL_CONSULTATIVE_MEMBER', 'MEDIA',
    'COMMUNITY_REPRESENTATIVE', 'FAMILY_MEMBER', 'OTHER'));
