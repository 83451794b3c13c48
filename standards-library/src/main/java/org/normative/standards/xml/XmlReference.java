package org.normative.standards.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <reference key= code= edition= normative=>title</reference>}. */
@XmlType(name = "Reference")
final class XmlReference {

    @XmlAttribute(name = "key", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String key;

    @XmlAttribute(name = "code", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String code;

    @XmlAttribute(name = "edition")
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String edition;

    @XmlAttribute(name = "normative", required = true)
    boolean normative;

    @XmlValue
    String title;
}
