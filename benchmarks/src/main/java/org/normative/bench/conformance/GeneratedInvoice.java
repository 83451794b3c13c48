package org.normative.bench.conformance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An EN 16931 UBL invoice of any number of lines, made from the corpus example {@code ubl-tc434-example9.xml} (one
 * line of 147.00 EUR at 21 % VAT, no allowances): its line repeated with new ids and every total multiplied by the
 * number of lines. The amounts stay exact, so the business rules hold at every size and the findings do not grow
 * with it; what grows is only the work of the rules.
 */
final class GeneratedInvoice {

    static final String EXAMPLE = "examples/ubl/ubl-tc434-example9.xml";

    private GeneratedInvoice() {
    }

    static void write(Path corpus, int lines, Path out) throws IOException {
        String example = Files.readString(corpus.resolve(EXAMPLE), StandardCharsets.UTF_8);
        int lineStart = example.indexOf("    <cac:InvoiceLine>");
        int lineEnd = example.indexOf("</cac:InvoiceLine>") + "</cac:InvoiceLine>".length();
        String head = example.substring(0, lineStart);
        for (String amount : new String[] {"30.87", "147.00", "177.87"}) {
            head = head.replace(">" + amount + "<", ">" + new BigDecimal(amount).multiply(BigDecimal.valueOf(lines)).toPlainString() + "<");
        }
        String line = example.substring(lineStart, lineEnd);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(head);
            for (int i = 1; i <= lines; i++) {
                writer.write(line.replace("<cbc:ID>1</cbc:ID>", "<cbc:ID>" + i + "</cbc:ID>"));
                writer.write('\n');
            }
            writer.write(example.substring(lineEnd));
        }
    }
}
