package org.normative.standards.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <term key="...">} with its {@code <designation>}, {@code <definition>} and {@code <source>}. */
@XmlType(name = "Term", propOrder = {"designation", "definition", "source"})
final class XmlTerm {

    @XmlAttribute(name = "key", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String key;

    @XmlElement(name = "designation", required = true)
    String designation;

    @XmlElement(name = "definition")
    String definition;

    @XmlElement(name = "source")
    String source;
}
