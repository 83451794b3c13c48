package org.normative.conformance.suite.format;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** Text in one language ({@code xml:lang}). */
public class XmlText {
    @XmlAttribute(name = "lang", namespace = "http://www.w3.org/XML/1998/namespace")
    public String lang;
    @XmlValue
    public String text;
}
