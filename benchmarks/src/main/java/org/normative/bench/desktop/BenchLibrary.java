package org.normative.bench.desktop;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.normative.bench.ChildJvm;
import org.normative.standards.LocalizedText;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Reference;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.workspace.Workspace;

/**
 * The workspace the desktop benchmarks open: {@code standards} standards in 20 committees, each with 10 clauses, 10
 * requirements and 3 normative references to earlier standards (so the link graph has three edges per standard), and
 * one large standard of 2,000 clauses and 2,000 requirements, {@value #LARGEST}. Imported through the same repository
 * as {@code normative standard import}. Arguments: {@code workspaceFolder standards}.
 */
public final class BenchLibrary {

    static final String LARGEST = "BM/T 99999";
    private static final String[] WORDS = ("data service identity licence payment catalogue record register interface "
            + "message schema signature audit 数据 服务 身份 证照 支付 目录 接口 签名 审计 共享").split(" ");

    private BenchLibrary() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int standards = Integer.parseInt(args[1]);
        Random random = new Random(10);
        long start = System.nanoTime();
        try (Workspace workspace = Workspace.open(folder)) {
            SqlLibrary library = new SqlLibrary(workspace);
            for (int c = 0; c < 20; c++) {
                library.committees().add(committee(c));
            }
            for (int i = 0; i < standards; i++) {
                library.standards().add(document(code(i), committee(i % 20), 10, references(i, random), random));
            }
            library.standards().add(document(LARGEST, committee(0), 2_000, List.of(), random));
        }
        System.out.println(ChildJvm.RESULT + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
    }

    private static String code(int i) {
        return String.format(Locale.ROOT, "BM/T %05d", i);
    }

    private static Committee committee(int c) {
        return new Committee("TC-" + c, LocalizedText.of("Committee " + c, "委员会 " + c), null);
    }

    private static List<Reference> references(int i, Random random) {
        List<Reference> references = new ArrayList<>();
        for (int r = 0; r < 3 && i > 0; r++) {
            int target = random.nextInt(i);
            references.add(new Reference("ref" + r, code(target), random.nextBoolean() ? "2026" : null, "Standard " + target, true));
        }
        return references.stream().distinct().toList();
    }

    private static StandardDocument document(String code, Committee committee, int size, List<Reference> references, Random random) {
        List<Clause> clauses = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        for (int c = 0; c < size; c++) {
            clauses.add(new Clause(0, "c" + c, "", "Clause " + c + " " + word(random), sentence(random), List.of()));
            requirements.add(new Requirement("/req/" + code.replace("/", "").replace(' ', '-') + "/r" + c, "c" + c, sentence(random),
                    c % 3 == 0 ? Obligation.SHOULD : Obligation.SHALL, "core", 1));
        }
        Edition edition = new Edition(0, "2026", Stage.PUBLISHED, LocalDate.of(2026, 1, 1), null, null, null);
        Standard standard = new Standard(code, LocalizedText.of("Standard " + code, "标准 " + code), committee.code(), null, List.of(edition));
        return new StandardDocument(committee, null, standard, List.of(new StandardDocument.EditionDocument(edition,
                new EditionContent(clauses, List.of(), references, requirements), null)));
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String sentence(Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 10; w++) {
            text.append(w == 0 ? "" : " ").append(word(random));
        }
        return text.append(" shall apply.").toString();
    }
}
