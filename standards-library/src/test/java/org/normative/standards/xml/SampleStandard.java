package org.normative.standards.xml;

import java.time.LocalDate;
import java.util.List;

import org.normative.standards.LocalizedText;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.FrameworkNode;
import org.normative.standards.library.Member;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Role;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.StandardDocument.EditionDocument;
import org.normative.standards.library.Term;

/**
 * The document of the golden file {@code dg-t-0102.xml}: English and Chinese throughout, two editions, every kind
 * of content, and the awkward cases (markup characters, a carriage return, a line break, empty and missing texts).
 */
final class SampleStandard {

    static final String GOLDEN = "dg-t-0102.xml";

    private SampleStandard() {
    }

    static StandardDocument document() {
        Committee committee = new Committee("TC-DATA",
                LocalizedText.of("Data Resources Technical Committee", "数据资源标准化技术委员会"),
                "Data elements, catalogues, sharing and opening",
                List.of(new Member("王芳", "国家信息中心", Role.CHAIR),
                        new Member("Li Wei", "Municipal Big Data Bureau", Role.SECRETARY),
                        new Member("张伟", "某省大数据局", Role.PARTICIPATING_MEMBER),
                        new Member("Observer Person", null, Role.OBSERVER)),
                List.of("TC-GEN", "TC-SEC"));
        FrameworkNode node = new FrameworkNode("320", "300", LocalizedText.of("Data sharing and opening", "数据共享与开放"));

        Edition first = new Edition(0, "2024", Stage.PUBLISHED, LocalDate.of(2024, 3, 15), LocalDate.of(2024, 7, 1),
                null, null);
        Edition second = new Edition(0, "2026", Stage.ENQUIRY_BALLOT, null, null, null, "2024");
        Standard standard = new Standard("DG/T 0102",
                LocalizedText.of("Government data sharing: Interface requirements", "政务数据共享 接口要求"),
                "TC-DATA", "320", List.of(first, second));

        EditionContent firstContent = new EditionContent(
                List.of(clause("scope", "1", "Scope", "This document specifies the interfaces of government data sharing.",
                        List.of())),
                List.of(), List.of(), List.of());
        EditionContent secondContent = new EditionContent(
                List.of(clause("scope", "1", "范围 Scope",
                                "本文件规定了政务数据共享接口的要求。\nThis document specifies the interfaces of government data sharing.",
                                List.of()),
                        clause("refs", "2", "规范性引用文件", "", List.of()),
                        clause("terms", "3", "术语和定义", "下列术语和定义适用于本文件。", List.of(
                                clause("terms.consumer", "3.1", "数据使用方 data consumer", "", List.of()),
                                clause("terms.provider", "3.2", "数据提供方", "", List.of()))),
                        clause("interface", "4", "Interface", "", List.of(
                                clause("paging", "4.1", "Paging", "Results are paged: <page> & <size> are \"query\" parameters;\r\nsee 'Annex A'.",
                                        List.of(clause("paging.limit", "4.1.1", "页大小上限", "每页不超过 1000 条。", List.of()))),
                                clause("errors", "4.2", null, "Errors use RFC 9457 problem details.", List.of())))),
                List.of(new Term("data-consumer", "数据使用方", "使用共享数据的政务部门。", "GB/T 38664.1-2020, 3.5"),
                        new Term("provider", "data provider", "", null)),
                List.of(new Reference("gb-t-22239", "GB/T 22239", "2019", "信息安全技术 网络安全等级保护基本要求", true),
                        new Reference("dg-t-0001", "DG/T 0001", null, "Digital government: Terminology", true),
                        new Reference("rfc-9457", "IETF RFC 9457", null, "", false)),
                List.of(new Requirement("/req/dg-0102/paging", "paging", "接口应支持分页。", Obligation.SHALL, "/req/dg-0102/core", 2),
                        new Requirement("/req/dg-0102/paging-limit", "paging.limit", "A page shall not hold more than 1000 records.",
                                Obligation.SHALL_NOT, "/req/dg-0102/core", 1),
                        new Requirement("/req/dg-0102/errors", "errors", "Errors should use problem details.",
                                Obligation.SHOULD, null, 1),
                        new Requirement("/req/dg-0102/general", null, "", Obligation.NONE, null, 1)));
        return new StandardDocument(committee, node, standard, List.of(
                new EditionDocument(first, firstContent, "5f2b0c1e9a4d8e7f6a5b4c3d2e1f00112233445566778899aabbccddeeff0011"),
                new EditionDocument(second, secondContent, null)));
    }

    static Clause clause(String key, String number, String heading, String body, List<Clause> children) {
        return new Clause(0, key, number, heading, body, children);
    }
}
