package org.normative.standards.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <standard>}, the root element. */
@XmlRootElement(name = "standard")
@XmlType(name = "Standard", propOrder = {"titles", "committee", "frameworkNode", "editions"})
final class XmlStandard {

    @XmlAttribute(name = "code", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String code;

    @XmlElement(name = "title", required = true)
    List<XmlLocalizedText> titles = new ArrayList<>();

    @XmlElement(name = "committee", required = true)
    XmlCommittee committee;

    @XmlElement(name = "framework-node")
    XmlFrameworkNode frameworkNode;

    @XmlElement(name = "edition", required = true)
    List<XmlEdition> editions = new ArrayList<>();
}
