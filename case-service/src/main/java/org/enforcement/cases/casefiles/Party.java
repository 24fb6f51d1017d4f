package org.enforcement.cases.casefiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** An applicant or respondent of a case, with the personal data that responses mask for most roles. */
@Entity
@Table(name = "party")
public class Party {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public Case enforcementCase;

    @Enumerated(EnumType.STRING)
    public PartyRole role;

    @Enumerated(EnumType.STRING)
    public PartyKind kind;

    public int position;

    public String name;

    @Column(name = "id_number")
    public String idNumber;

    public String phone;

    public String address;
}
