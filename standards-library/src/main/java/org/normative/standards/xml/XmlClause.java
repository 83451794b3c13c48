package org.normative.standards.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <clause key="...">} with its heading, body and subclauses; no number, which follows from the position. */
@XmlType(name = "Clause", propOrder = {"heading", "body", "children"})
final class XmlClause {

    @XmlAttribute(name = "key", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String key;

    @XmlElement(name = "heading")
    String heading;

    @XmlElement(name = "body")
    String body;

    @XmlElement(name = "clause")
    List<XmlClause> children = new ArrayList<>();
}
