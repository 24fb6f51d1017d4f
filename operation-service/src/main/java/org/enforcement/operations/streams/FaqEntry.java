package org.enforcement.operations.streams;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A question and answer of the FAQ base (常见问题), shared by all courts and public. */
@Entity
@Table(name = "faq_entry")
public class FaqEntry {

    @Id
    public UUID id;

    /** The court whose judge wrote it. */
    public String court;

    public String question;

    public String answer;

    @Column(name = "legal_basis")
    public String legalBasis;

    @ElementCollection
    @CollectionTable(name = "faq_tag", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "seq")
    @Column(name = "tag")
    public List<String> tags = new ArrayList<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Null while the entry is public. */
    @Embedded
    public Withdrawal withdrawal;

    @Version
    public long version;
}
