package org.normative.standards.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <member role="...">} with {@code <person>} and {@code <organisation>}. */
@XmlType(name = "Member", propOrder = {"person", "organisation"})
final class XmlMember {

    @XmlAttribute(name = "role", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String role;

    @XmlElement(name = "person", required = true)
    String person;

    @XmlElement(name = "organisation")
    String organisation;
}
