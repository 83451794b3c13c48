package org.normative.standards.xml;

import javax.xml.XMLConstants;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** A {@code <title>} or {@code <name>}: text in one language, {@code xml:lang="en"} or {@code "zh"}. */
@XmlType(name = "LocalizedText")
final class XmlLocalizedText {

    @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI, required = true)
    String language;

    @XmlValue
    String text;

    XmlLocalizedText() {
    }

    XmlLocalizedText(String language, String text) {
        this.language = language;
        this.text = text;
    }
}
