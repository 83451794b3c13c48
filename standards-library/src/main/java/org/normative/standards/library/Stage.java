package org.normative.standards.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.normative.standards.LocalizedText;

/**
 * The ISO harmonized stage codes (ISO/IEC Directives Part 1, Annex SD) that an edition passes through, with the
 * names used for them in English and in Chinese standardization practice.
 */
public enum Stage {
    PRELIMINARY("00.00", "Preliminary work item", "预研"),
    PROPOSAL("10.00", "New work item proposal", "立项提案"),
    PROPOSAL_APPROVED("10.99", "New work item approved", "已立项"),
    WORKING_DRAFT("20.00", "Working draft", "工作组讨论稿"),
    WORKING_DRAFT_APPROVED("20.99", "Working draft approved for committee draft", "工作组讨论稿已通过"),
    COMMITTEE_DRAFT("30.00", "Committee draft", "委员会草案"),
    COMMITTEE_DRAFT_BALLOT("30.20", "Committee draft ballot", "委员会草案投票"),
    COMMITTEE_DRAFT_APPROVED("30.99", "Committee draft approved for enquiry", "委员会草案已通过"),
    ENQUIRY_DRAFT("40.00", "Enquiry draft", "征求意见稿"),
    ENQUIRY_BALLOT("40.20", "Enquiry ballot", "征求意见"),
    ENQUIRY_APPROVED("40.99", "Enquiry draft approved", "征求意见稿已通过"),
    FINAL_DRAFT("50.00", "Final draft", "报批稿"),
    FINAL_BALLOT("50.20", "Final draft ballot", "报批稿投票"),
    FINAL_APPROVED("50.99", "Final draft approved for publication", "已批准发布"),
    UNDER_PUBLICATION("60.00", "Under publication", "出版中"),
    PUBLISHED("60.60", "Published", "已发布"),
    UNDER_REVIEW("90.20", "Under systematic review", "复审中"),
    TO_BE_REVISED("90.92", "To be revised", "待修订"),
    CONFIRMED("90.93", "Confirmed", "确认继续有效"),
    WITHDRAWAL_PROPOSED("95.20", "Withdrawal ballot", "废止投票"),
    WITHDRAWN("95.99", "Withdrawn", "已废止");

    private final String code;
    private final LocalizedText title;

    Stage(String code, String en, String zh) {
        this.code = code;
        this.title = LocalizedText.of(en, zh);
    }

    public String code() {
        return code;
    }

    public LocalizedText title() {
        return title;
    }

    public String label(Locale locale) {
        return code + " " + title.in(locale);
    }

    /** Drafts (before 60.60) may change; published and later editions may not. */
    public boolean isDraft() {
        return compareTo(PUBLISHED) < 0;
    }

    public boolean isPublished() {
        return this == PUBLISHED || this == UNDER_REVIEW || this == TO_BE_REVISED || this == CONFIRMED
                || this == WITHDRAWAL_PROPOSED;
    }

    public boolean isWithdrawn() {
        return this == WITHDRAWN;
    }

    public static Optional<Stage> ofCode(String code) {
        String wanted = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }
}
