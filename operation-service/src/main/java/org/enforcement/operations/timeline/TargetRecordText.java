package org.enforcement.operations.timeline;

/** The printable text form of a {@link TargetRecord} (执行笔录). */
public final class TargetRecordText {

    private TargetRecordText() {
    }

    public static String render(TargetRecord r) {
        StringBuilder sb = new StringBuilder();
        sb.append("执行笔录\n");
        sb.append("法院：").append(r.court()).append('\n');
        sb.append("执行行动：").append(r.operationName());
        if (r.campaignCode() != null) {
            sb.append("（").append(r.campaignCode()).append("）");
        }
        sb.append("，").append(r.operationDate()).append('\n');
        sb.append("案号：").append(r.caseNumber()).append('\n');
        sb.append("被执行人：").append(r.debtorName()).append('\n');
        sb.append('\n');
        if (r.entries().isEmpty()) {
            sb.append("（无记录）\n");
        }
        for (TargetRecord.Line line : r.entries()) {
            sb.append(line.localTime()).append(' ').append(line.description()).append('\n');
        }
        sb.append('\n');
        TimelineVerification chain = r.chain();
        if (chain.valid()) {
            sb.append("记录链校验：通过（共校验 ").append(chain.entriesChecked()).append(" 条记录）\n");
        } else {
            sb.append("记录链校验：未通过（前 ").append(chain.entriesChecked()).append(" 条记录完整，记录 ")
                    .append(chain.firstInvalidEntryId()).append(" 起不一致）\n");
        }
        sb.append("末条记录哈希：").append(chain.lastHash()).append('\n');
        return sb.toString();
    }
}
