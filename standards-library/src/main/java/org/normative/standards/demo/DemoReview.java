package org.normative.standards.demo;

import org.normative.standards.StandardsException;
import org.normative.standards.editing.EditionRef;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.review.CommentEntry;
import org.normative.standards.review.CommentType;
import org.normative.standards.review.Disposition;
import org.normative.standards.review.ReviewComment;
import org.normative.standards.review.ReviewService;
import org.normative.standards.review.Vote;
import org.normative.standards.review.store.JdbiReviewRepository;

/**
 * The review part of the demo: the enquiry ballot on DG/T 0101@2026 (40.20) with comments from the member bodies
 * of TC-DATA, some already disposed, and their votes, which approve the draft with exactly a quarter of the votes
 * negative (the edge of the enquiry rule). Written through the review service, so it is audited like any review.
 */
final class DemoReview {

    static final EditionRef BALLOT = new EditionRef("DG/T 0101", "2026");

    private final ReviewService review;

    DemoReview(SqlLibrary library) {
        this.review = new ReviewService(library, new JdbiReviewRepository(library.workspace()));
    }

    void install() throws StandardsException {
        comment("Zhejiang Big Data Bureau", "12", "3", CommentType.TECHNICAL,
                "命名规则未规定中文名称与英文名称的对应关系。", "增加：数据元应同时给出中文名称和英文名称。",
                Disposition.ACCEPTED, "在 3 中增加一项要求。");
        comment("Inspur", "31", "4", CommentType.TECHNICAL,
                "“标识符一经分配不得重用”无法验证。", "改为：已废止的标识符应在注册系统中保留并标记为废止。",
                Disposition.ACCEPTED_IN_PRINCIPLE, "改写为可验证的要求，措辞由起草组确定。");
        comment("EU Interoperability liaison", "", "5", CommentType.GENERAL,
                "Consider aligning the versioning rules with ISO/IEC 11179-6.",
                "Add ISO/IEC 11179-6 as an informative reference.", Disposition.NOTED, "To be considered in the next revision.");
        comment("Inspur", "44", "5", CommentType.TECHNICAL, "版本号采用三段式与现有目录系统冲突。",
                "允许两段式版本号。", Disposition.REJECTED, "现有系统可通过映射兼容三段式版本号。");
        comment("Guangdong Government Service Data Administration", "5", "1", CommentType.EDITORIAL,
                "“政务数据元目录”与“数据元目录”混用。", "统一为“政务数据元目录”。", null, null);
        review.vote(BALLOT, "National Data Administration", Vote.APPROVE, null);
        review.vote(BALLOT, "Guangdong Government Service Data Administration", Vote.APPROVE_WITH_COMMENTS, null);
        review.vote(BALLOT, "Zhejiang Big Data Bureau", Vote.APPROVE, null);
        review.vote(BALLOT, "Inspur", Vote.DISAPPROVE, "见意见 2 和 4。");
        review.vote(BALLOT, "EU Interoperability liaison", Vote.ABSTAIN, null);
    }

    private void comment(String memberBody, String line, String clause, CommentType type, String text, String proposed,
                         Disposition disposition, String note) throws StandardsException {
        ReviewComment added = review.addComment(BALLOT, new CommentEntry(memberBody, line, clause, "", type, text,
                proposed, ""));
        if (disposition != null) {
            review.dispose(added.id(), disposition, note, note, null);
        }
    }
}
