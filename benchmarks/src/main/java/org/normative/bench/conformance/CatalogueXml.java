package org.normative.bench.conformance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * A generated service-item catalogue in XML with its XSD: typed and constrained elements (patterns, an enumeration
 * in Chinese, bounded integers, decimals, dates), deterministic so that every run checks the same data. No
 * {@code xs:ID}: the validator would keep every identifier in memory, and the point is to show that it does not need to.
 */
final class CatalogueXml {

    static final String SCHEMA = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:normative:bench:catalogue"
                       xmlns="urn:normative:bench:catalogue" elementFormDefault="qualified">
              <xs:element name="catalogue">
                <xs:complexType><xs:sequence>
                  <xs:element name="item" type="Item" minOccurs="0" maxOccurs="unbounded"/>
                </xs:sequence></xs:complexType>
              </xs:element>
              <xs:complexType name="Item">
                <xs:sequence>
                  <xs:element name="code"><xs:simpleType><xs:restriction base="xs:string">
                    <xs:pattern value="[0-9]{14}"/></xs:restriction></xs:simpleType></xs:element>
                  <xs:element name="name"><xs:simpleType><xs:restriction base="xs:string">
                    <xs:minLength value="1"/><xs:maxLength value="60"/></xs:restriction></xs:simpleType></xs:element>
                  <xs:element name="type"><xs:simpleType><xs:restriction base="xs:string">
                    <xs:enumeration value="行政许可"/><xs:enumeration value="行政给付"/>
                    <xs:enumeration value="行政确认"/><xs:enumeration value="公共服务"/></xs:restriction></xs:simpleType></xs:element>
                  <xs:element name="body"><xs:simpleType><xs:restriction base="xs:string">
                    <xs:pattern value="[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}"/></xs:restriction></xs:simpleType></xs:element>
                  <xs:element name="timeLimit"><xs:simpleType><xs:restriction base="xs:int">
                    <xs:minInclusive value="1"/><xs:maxInclusive value="365"/></xs:restriction></xs:simpleType></xs:element>
                  <xs:element name="online" type="xs:boolean"/>
                  <xs:element name="fee"><xs:simpleType><xs:restriction base="xs:decimal">
                    <xs:minInclusive value="0"/><xs:fractionDigits value="2"/></xs:restriction></xs:simpleType></xs:element>
                  <xs:element name="effective" type="xs:date"/>
                </xs:sequence>
                <xs:attribute name="seq" type="xs:positiveInteger" use="required"/>
              </xs:complexType>
            </xs:schema>
            """;
    static final String[] NAMES = {"企业设立登记", "食品经营许可", "最低生活保障金给付", "婚姻登记", "社会团体成立登记",
            "建设工程规划许可", "医疗机构执业登记", "道路运输经营许可"};
    static final String[] TYPES = {"行政许可", "行政给付", "行政确认", "公共服务"};
    static final String[] USCC = {"121200004013590816", "911522010783762860", "91152201078377449P"};

    private CatalogueXml() {
    }

    /** Writes the schema beside the documents it checks: the suite package of the benchmark. */
    static void writeSchema(Path folder) throws IOException {
        Files.writeString(folder.resolve("catalogue.xsd"), SCHEMA, StandardCharsets.UTF_8);
    }

    /**
     * Items until the file reaches {@code bytes}, or {@code items} items when that is positive; every
     * {@code badEvery}-th item (0: none) has a time limit of 0 days, which the schema refuses.
     *
     * @return the number of items written
     */
    static long write(Path file, long bytes, long items, int badEvery) throws IOException {
        Random random = new Random(20261123);
        LocalDate day = LocalDate.of(2020, 1, 1);
        long written = 0;
        long count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<catalogue xmlns=\"urn:normative:bench:catalogue\">\n");
            while (items > 0 ? count < items : written < bytes) {
                count++;
                boolean bad = badEvery > 0 && count % badEvery == 0;
                String item = String.format(Locale.ROOT, "  <item seq=\"%d\"><code>%06d%08d</code><name>%s</name><type>%s</type>"
                                + "<body>%s</body><timeLimit>%d</timeLimit><online>%b</online><fee>%d.%02d</fee>"
                                + "<effective>%s</effective></item>%n", count, 110100 + random.nextInt(900), count % 100_000_000,
                        NAMES[random.nextInt(NAMES.length)], TYPES[random.nextInt(TYPES.length)], USCC[random.nextInt(USCC.length)],
                        bad ? 0 : 1 + random.nextInt(365), random.nextBoolean(), random.nextInt(500), random.nextInt(100),
                        day.plusDays(random.nextInt(2000)));
                out.write(item);
                written += item.getBytes(StandardCharsets.UTF_8).length;
            }
            out.write("</catalogue>\n");
        }
        return count;
    }
}
