package org.normative.standards.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <committee>}. Empty lists are null so that their wrapper element is left out. */
@XmlType(name = "Committee", propOrder = {"names", "domain", "members", "liaisons"})
final class XmlCommittee {

    @XmlAttribute(name = "code", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String code;

    @XmlElement(name = "name", required = true)
    List<XmlLocalizedText> names = new ArrayList<>();

    @XmlElement(name = "domain")
    String domain;

    @XmlElementWrapper(name = "members")
    @XmlElement(name = "member")
    List<XmlMember> members;

    @XmlElementWrapper(name = "liaisons")
    @XmlElement(name = "liaison")
    List<XmlLiaison> liaisons;
}
