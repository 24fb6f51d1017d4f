package org.enforcement.rules.vocabulary;

/**
 * In what capacity a witness (见证人) observes an enforcement operation or a search. One list for both services: an
 * operation's witnesses become the witnesses of the search recorded from its timeline.
 *
 * <p>Spelling: each value names the person, not the body (PROCURATORATE_SUPERVISOR, not PROCURATORATE; COMMUNITY_
 * REPRESENTATIVE, not COMMUNITY), and no acronym (POLITICAL_CONSULTATIVE_MEMBER, not CPPCC_MEMBER). The old
 * case-service spellings were migrated (case-service V11) and are refused in requests.
 */
public enum WitnessCapacity {
    /** 检察机关监督人员: the procuratorate's officer supervising enforcement. */
    PROCURATORATE_SUPERVISOR("检察机关监督人员"),
    /** 纪检监察干部: discipline inspection. */
    DISCIPLINE_INSPECTION("纪检监察干部"),
    /** 人大代表. */
    PEOPLES_CONGRESS_DEPUTY("人大代表"),
    /** 政协委员: member of the CPPCC. */
    POLITICAL_CONSULTATIVE_MEMBER("政协委员"),
    /** 媒体记者. */
    MEDIA("媒体记者"),
    /** 基层组织 / 村（居）委会: the neighbourhood or village committee. */
    COMMUNITY_REPRESENTATIVE("基层组织代表"),
    /** 被执行人的成年家属. */
    FAMILY_MEMBER("被执行人的成年家属"),
    /** Anyone else. */
    OTHER("其他见证人");

    private final String chinese;

    WitnessCapacity(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese term, as printed in records. */
    public String chinese() {
        return chinese;
    }
}
