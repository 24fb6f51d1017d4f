package org.enforcement.operations.streams;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StreamQuestionRepository implements PanacheRepositoryBase<StreamQuestion, UUID> {

    public List<StreamQuestion> ofStream(UUID streamId, QuestionStatus status) {
        return status == null ? list("streamId = ?1 order by seq", streamId)
                : list("streamId = ?1 and status = ?2 order by seq", streamId, status);
    }

    /** Up to {@code size} questions of a stream numbered after {@code afterSeq}, in the order asked. */
    /** A page of the stream's questions after {@code afterSeq}; {@code published}: none a director withdrew. */
    public List<StreamQuestion> pageOfStream(UUID streamId, QuestionStatus status, boolean published, int afterSeq,
                                             int size) {
        String notWithdrawn = published ? " and withdrawal.at is null" : "";
        return (status == null
                ? find("streamId = ?1 and seq > ?2" + notWithdrawn + " order by seq", streamId, afterSeq)
                : find("streamId = ?1 and seq > ?2 and status = ?3" + notWithdrawn + " order by seq", streamId,
                        afterSeq, status))
                .page(0, size).list();
    }

    public long countOf(UUID streamId, QuestionStatus status) {
        return count("streamId = ?1 and status = ?2", streamId, status);
    }

    /** The answered questions the public sees: none a director withdrew. */
    public List<StreamQuestion> publicAnswered(UUID streamId) {
        return list("streamId = ?1 and status = ?2 and withdrawal.at is null order by seq", streamId,
                QuestionStatus.ANSWERED);
    }

    public long countPublicAnswered(UUID streamId) {
        return count("streamId = ?1 and status = ?2 and withdrawal.at is null", streamId, QuestionStatus.ANSWERED);
    }

    public Optional<StreamQuestion> lockInStream(UUID streamId, UUID questionId) {
        return find("id = ?1 and streamId = ?2", questionId, streamId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public int nextSeq(UUID streamId) {
        Integer max = getEntityManager()
                .createQuery("select max(q.seq) from StreamQuestion q where q.streamId = :s", Integer.class)
                .setParameter("s", streamId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
