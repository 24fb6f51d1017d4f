package org.enforcement.cases.measures;

/** In what capacity a witness (见证人) accompanies a search. */
public enum WitnessCapacity {
    /** 检察机关: the procuratorate supervising enforcement. */
    PROCURATORATE,
    /** 纪检监察: discipline inspection. */
    DISCIPLINE_INSPECTION,
    /** 人大代表. */
    PEOPLES_CONGRESS_DEPUTY,
    /** 政协委员. */
    CPPCC_MEMBER,
    /** 媒体. */
    MEDIA,
    /** 基层组织 / 社区: the neighbourhood or village committee. */
    COMMUNITY,
    /** 被执行人的成年家属. */
    FAMILY_MEMBER,
    /** Anyone else. */
    OTHER
}
