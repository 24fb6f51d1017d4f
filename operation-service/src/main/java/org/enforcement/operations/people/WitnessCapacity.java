package org.enforcement.operations.people;

/** In what capacity a witness (见证人) observes the operation. */
public enum WitnessCapacity {
    /** 纪检监察干部. */
    DISCIPLINE_INSPECTION,
    /** 人大代表. */
    PEOPLES_CONGRESS_DEPUTY,
    /** 政协委员. */
    POLITICAL_CONSULTATIVE_MEMBER,
    /** 检察机关监督人员. */
    PROCURATORATE_SUPERVISOR,
    /** 媒体记者. */
    MEDIA,
    /** 基层组织 / 村（居）委会. */
    COMMUNITY_REPRESENTATIVE
}
