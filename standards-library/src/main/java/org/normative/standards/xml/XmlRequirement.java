package org.normative.standards.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <requirement id= clause= obligation= class= revision=>statement</requirement>}. */
@XmlType(name = "Requirement")
final class XmlRequirement {

    @XmlAttribute(name = "id", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String id;

    @XmlAttribute(name = "clause")
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String clause;

    @XmlAttribute(name = "obligation", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String obligation;

    @XmlAttribute(name = "class")
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String requirementClass;

    @XmlAttribute(name = "revision", required = true)
    int revision;

    @XmlValue
    String statement;
}
