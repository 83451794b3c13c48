package org.normative.standards.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.normative.standards.LocalizedText;
import org.normative.standards.diff.EditionDiff;
import org.normative.standards.diff.EditionDiffer;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Committee;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Obligation;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Stage;
import org.normative.standards.library.Standard;
import org.normative.standards.library.StandardDocument;
import org.normative.standards.library.store.SqlLibrary;
import org.normative.standards.search.LibrarySearch;
import org.normative.standards.workspace.Workspace;

/**
 * The library at scale: a generated library of 10,000 standards and 1,000,000 requirements (import time, search
 * latency p50 / p95 after the index is built) and the diff of two 2,000-clause editions. Not a test: run it with
 * {@code ./mvnw -pl standards-library -am -Pbench verify} (see docs/performance.md); it prints a table and writes
 * it to {@code docs/performance-library.md}. Arguments: {@code standards requirementsPerStandard} for smaller runs.
 */
public final class LibraryBenchmark {

    private static final String[] WORDS_EN = ("data service identity licence payment catalogue record register "
            + "interface message schema signature audit log retention access control encryption archive portal "
            + "citizen enterprise permit inspection supervision statistics exchange sharing opening quality").split(" ");
    private static final String[] WORDS_ZH = ("数据 服务 身份 认证 证照 支付 目录 记录 登记 接口 报文 签名 审计 日志 留存 访问 控制 加密 "
            + "归档 门户 公民 企业 许可 检查 监管 统计 交换 共享 开放 质量").split(" ");

    private LibraryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int standards = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int perStandard = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path out = args.length > 2 ? Path.of(args[2]) : Path.of("docs", "performance-library.md");
        Path folder = Files.createTempDirectory("normative-bench");
        Random random = new Random(42);
        List<String> rows = new ArrayList<>();
        try (Workspace workspace = Workspace.open(folder)) {
            SqlLibrary library = new SqlLibrary(workspace);
            library.committees().add(new Committee("TC-BENCH", LocalizedText.of("Benchmark", "基准"), null));
            long start = System.nanoTime();
            // one transaction per standard, as `normative standard import` does for each file
            for (int i = 0; i < standards; i++) {
                library.standards().add(generated(i, perStandard, random));
                if ((i + 1) % 1000 == 0) {
                    System.out.printf("  imported %,d standards (%,.0f s)%n", i + 1, seconds(start));
                }
            }
            double importSeconds = seconds(start);
            long requirements = (long) standards * perStandard;
            long stored = workspace.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM requirement").mapTo(Long.class).one());
            if (stored != requirements) {
                throw new IllegalStateException("stored " + stored + " requirements, expected " + requirements);
            }
            rows.add(row("import " + fmt(standards) + " standards, " + fmt(requirements) + " requirements",
                    String.format(Locale.ROOT, "%.1f s", importSeconds),
                    String.format(Locale.ROOT, "%,.0f requirements/s", requirements / importSeconds)));

            try (LibrarySearch search = new LibrarySearch(workspace, library)) {
                start = System.nanoTime();
                search.refreshIfStale();
                rows.add(row("build the search index", String.format(Locale.ROOT, "%.1f s", seconds(start)), ""));
                List<String> queries = new ArrayList<>();
                for (int q = 0; q < 200; q++) {
                    queries.add(q % 2 == 0 ? WORDS_EN[random.nextInt(WORDS_EN.length)] + " " + WORDS_EN[random.nextInt(WORDS_EN.length)]
                            : WORDS_ZH[random.nextInt(WORDS_ZH.length)] + WORDS_ZH[random.nextInt(WORDS_ZH.length)]);
                }
                for (int warm = 0; warm < 50; warm++) {
                    search.search(queries.get(warm), 20);
                }
                double[] millis = new double[queries.size()];
                for (int q = 0; q < queries.size(); q++) {
                    long t = System.nanoTime();
                    search.search(queries.get(q), 20);
                    millis[q] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(millis);
                double p95 = millis[(int) (millis.length * 0.95)];
                rows.add(row("search, 200 queries (English and Chinese), top 20",
                        String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms", millis[millis.length / 2], p95),
                        String.format(Locale.ROOT, "max %.1f ms; target p95 under 50 ms: %s", millis[millis.length - 1],
                                p95 < 50 ? "met" : "missed")));
            }
        }
        try {
            // what the desktop app does when it opens a workspace: migrations checked, then the navigator's list
            long start = System.nanoTime();
            try (Workspace reopened = Workspace.open(folder)) {
                int listed = new SqlLibrary(reopened).service().standards().size();
                rows.add(row("open the workspace again and list its standards", String.format(Locale.ROOT, "%.2f s", seconds(start)),
                        fmt(listed) + " standards, as the navigator lists them"));
            }
        } finally {
            deleteTree(folder);
        }

        EditionContent before = bigEdition(2000, 0, random);
        EditionContent after = bigEdition(2000, 200, random);
        EditionDiffer differ = new EditionDiffer();
        for (int warm = 0; warm < 5; warm++) {
            differ.diff(before, after);
        }
        long start = System.nanoTime();
        int runs = 20;
        EditionDiff diff = null;
        for (int run = 0; run < runs; run++) {
            diff = differ.diff(before, after);
        }
        rows.add(row("diff of two 2,000-clause editions (200 changed clauses and requirements)",
                String.format(Locale.ROOT, "%.1f ms", seconds(start) * 1000 / runs),
                diff.changes().size() + " changes"));

        String table = "| measurement | result | note |\n|---|---|---|\n" + String.join("\n", rows) + "\n";
        String report = "# Library at scale\n\nGenerated by `LibraryBenchmark` (" + fmt(standards) + " standards x " + perStandard
                + " requirements, 20 clauses each) on " + machine() + ", " + LocalDate.now() + ".\n\n" + table;
        System.out.println(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private static StandardDocument generated(int i, int requirements, Random random) {
        String code = String.format(Locale.ROOT, "BM/T %05d", i);
        List<Clause> clauses = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            clauses.add(new Clause(0, "c" + c, "", "Clause " + c + " " + WORDS_EN[random.nextInt(WORDS_EN.length)],
                    sentence(random, 12), List.of()));
        }
        List<Requirement> reqs = new ArrayList<>(requirements);
        for (int r = 0; r < requirements; r++) {
            reqs.add(new Requirement("/req/bm-" + i + "/r" + r, "c" + (r % 20), sentence(random, 10),
                    r % 3 == 0 ? Obligation.SHOULD : Obligation.SHALL, "core", 1));
        }
        Edition edition = new Edition(0, "2026", Stage.PUBLISHED, LocalDate.of(2026, 1, 1), null, null, null);
        Standard standard = new Standard(code, LocalizedText.of("Benchmark standard " + i, "基准标准 " + i), "TC-BENCH", null,
                List.of(edition));
        return new StandardDocument(new Committee("TC-BENCH", LocalizedText.of("Benchmark", "基准"), null), null, standard,
                List.of(new StandardDocument.EditionDocument(edition, new EditionContent(clauses, List.of(), List.of(), reqs), null)));
    }

    private static EditionContent bigEdition(int clauses, int changes, Random random) {
        Random fixed = new Random(7);
        List<Clause> list = new ArrayList<>();
        List<Requirement> reqs = new ArrayList<>();
        for (int c = 0; c < clauses; c++) {
            String body = sentence(fixed, 30) + (c < changes ? " " + sentence(random, 5) : "");
            list.add(new Clause(0, "k" + c, "", "Clause " + c, body, List.of()));
            reqs.add(new Requirement("/req/big/" + c, "k" + c, sentence(fixed, 12) + (c < changes ? " changed" : ""),
                    Obligation.SHALL, null, 1));
        }
        return new EditionContent(list, List.of(), List.of(), reqs);
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w % 3 == 2) {
                text.append(WORDS_ZH[random.nextInt(WORDS_ZH.length)]);
            } else {
                text.append(w == 0 ? "" : " ").append(WORDS_EN[random.nextInt(WORDS_EN.length)]);
            }
        }
        return text.append(" shall apply.").toString();
    }

    private static String row(String what, String result, String note) {
        return "| " + what + " | " + result + " | " + note + " |";
    }

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + ManagementFactory.getOperatingSystemMXBean().getArch() + ", "
                + String.format(Locale.ROOT, "%.0f GiB RAM", ((com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024))
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
