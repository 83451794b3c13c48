package org.normative.conformance.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.normative.conformance.check.CheckDeclaration;
import org.normative.conformance.check.CheckOutcome;
import org.normative.conformance.check.PreparedCheck;
import org.normative.conformance.check.RecordingCheckContext;
import org.normative.conformance.check.table.TableKind;
import org.normative.conformance.result.Verdict;
import org.normative.conformance.submission.Artifact;
import org.normative.conformance.submission.ArtifactIntake;
import org.normative.conformance.suite.PackageResources;

/**
 * The {@code table} check against the raw parser it streams over, in the same run (issue 7, issue 10): generates a
 * service-item catalogue CSV of the given size (Chinese text, typed and constrained columns, a USCC with its check
 * character), parses it with plain FastCSV, then checks it with the {@code table} kind, and writes throughput, the
 * ratio and the peak heap to a Markdown table with the machine it ran on. Run with {@code -Pbench}.
 */
public final class TableBenchmark {

    private static final String SCHEMA = """
            {"fields": [
              {"name": "item_code", "type": "string", "constraints": {"required": true, "pattern": "[0-9]{14}"}},
              {"name": "item_name", "type": "string", "constraints": {"required": true, "maxLength": 60}},
              {"name": "item_type", "type": "string", "constraints": {"enum": ["行政许可", "行政给付", "行政确认", "公共服务"]}},
              {"name": "body_uscc", "type": "string", "constraints": {"required": true, "checksum": "gb32100"}},
              {"name": "time_limit_days", "type": "integer", "constraints": {"minimum": 1, "maximum": 365}},
              {"name": "online", "type": "boolean", "trueValues": ["是"], "falseValues": ["否"]},
              {"name": "fee", "type": "number", "constraints": {"minimum": 0}},
              {"name": "effective_date", "type": "date"}
            ]}
            """;
    private static final String[] NAMES = {"企业设立登记", "食品经营许可", "最低生活保障金给付", "婚姻登记", "社会团体成立登记",
            "建设工程规划许可", "医疗机构执业登记", "道路运输经营许可"};
    private static final String[] TYPES = {"行政许可", "行政给付", "行政确认", "公共服务"};
    private static final String[] USCC = {"121200004013590816", "911522010783762860", "91152201078377449P"};

    private TableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long megabytes = Long.parseLong(args[0]);
        Path output = Path.of(args[1]);
        Path folder = Files.createTempDirectory("normative-table-bench-");
        Files.writeString(folder.resolve("schema.json"), SCHEMA);
        Path csv = folder.resolve("catalogue.csv");
        long rows = generate(csv, megabytes << 20);
        double size = Files.size(csv) / (1024.0 * 1024.0);
        System.out.printf(Locale.ROOT, "generated %.0f MB, %,d rows%n", size, rows);

        PreparedCheck check = new TableKind().prepare(new CheckDeclaration("table", "bench", Map.of("schema", "schema.json"), null),
                new PackageResources(folder));
        Artifact artifact = new ArtifactIntake().inPlace("catalogue", csv);
        int runs = 3;
        double[] ratios = new double[runs];
        double raw = 0;
        double checked = 0;
        double rawCpu = 0;
        double checkCpu = 0;
        CheckOutcome outcome = null;
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int i = 0; i < runs + 1; i++) { // the first round warms the JIT and is not counted
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            long fields = parse(csv);
            double rawSeconds = (System.nanoTime() - start) / 1e9;
            double rawCpuSeconds = (processCpuNanos() - cpu) / 1e9;
            cpu = processCpuNanos();
            start = System.nanoTime();
            RecordingCheckContext context = new RecordingCheckContext(
                    org.normative.conformance.check.Limits.DEFAULT.withCheckTimeout(java.time.Duration.ofHours(1)), () -> false);
            check.check(artifact, context);
            outcome = context.outcome();
            double checkSeconds = (System.nanoTime() - start) / 1e9;
            double checkCpuSeconds = (processCpuNanos() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: raw %.1f MB/s (%,d fields), check %.1f MB/s, %s%n", i, size / rawSeconds,
                    fields, size / checkSeconds, outcome.verdict());
            if (i > 0) {
                raw += size / rawSeconds / runs;
                checked += size / checkSeconds / runs;
                rawCpu += rawCpuSeconds / runs;
                checkCpu += checkCpuSeconds / runs;
                ratios[i - 1] = rawSeconds / checkSeconds;
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        java.util.Arrays.sort(ratios);
        if (outcome.verdict() != Verdict.PASS) {
            throw new IllegalStateException("the generated catalogue should pass: " + outcome.findings().stream().limit(3).toList());
        }
        write(output, size, rows, new Result(raw, checked, ratios[runs / 2], checkCpu / rawCpu, loadBefore, loadAfter), runs);
        Files.delete(csv);
    }

    /** Rows until the file reaches {@code bytes}: deterministic, so every run checks the same data. */
    private static long generate(Path csv, long bytes) throws IOException {
        Random random = new Random(20261123);
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("item_code,item_name,item_type,body_uscc,time_limit_days,online,fee,effective_date\n");
            long written = 0;
            LocalDate day = LocalDate.of(2020, 1, 1);
            while (written < bytes) {
                rows++;
                String line = String.format(Locale.ROOT, "%06d%08d,%s,%s,%s,%d,%s,%d.%02d,%s%n", 110100 + random.nextInt(900),
                        rows % 100_000_000, NAMES[random.nextInt(NAMES.length)], TYPES[random.nextInt(TYPES.length)],
                        USCC[random.nextInt(USCC.length)], 1 + random.nextInt(365), random.nextBoolean() ? "是" : "否",
                        random.nextInt(500), random.nextInt(100), day.plusDays(random.nextInt(2000)));
                out.write(line);
                written += line.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return rows;
    }

    private static long parse(Path csv) throws IOException {
        long fields = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CsvReader<CsvRecord> records = CsvReader.builder().ofCsvRecord(reader)) {
            for (CsvRecord record : records) {
                fields += record.getFieldCount();
            }
        }
        return fields;
    }

    /** Throughputs averaged over the rounds, the median of the rounds' ratios, the CPU cost ratio, the load around. */
    private record Result(double raw, double checked, double ratio, double cpuRatio, double loadBefore, double loadAfter) {
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void write(Path output, double size, long rows, Result result, int runs) throws IOException {
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        String machine = String.format(Locale.ROOT, "%d cores (%s), %d MiB max heap, %s %s, %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                LocalDate.now());
        String table = String.format(Locale.ROOT, """
                # Table check throughput

                Generated by `TableBenchmark` (`./mvnw -pl conformance-suites -am -Pbench -DskipTests verify`).
                Machine: %s.

                | measurement | result |
                |---|---|
                | file | %.0f MB of CSV, %,d rows, 8 typed and constrained columns, Chinese text |
                | plain FastCSV parse, one thread | %.1f MB/s |
                | `table` check (types, constraints, GB 32100 checksum), reading ahead on a second thread | %.1f MB/s |
                | check ÷ raw throughput (median of the rounds) | %.2f (target 0.5 or more) |
                | CPU time of the check ÷ CPU time of the raw parse | %.2f |
                | peak heap of the whole benchmark JVM (max heap %d MiB) | %d MiB |
                | rounds | %d measured after 1 warm-up |
                | system load average before / after | %.1f / %.1f |
                """, machine, size, rows, result.raw(), result.checked(), result.ratio(), result.cpuRatio(),
                Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20, runs, result.loadBefore(), result.loadAfter());
        Files.writeString(output, table);
        System.out.print(table);
    }
}
