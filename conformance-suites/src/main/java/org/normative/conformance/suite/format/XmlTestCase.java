package org.normative.conformance.suite.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlValue;

public class XmlTestCase {
    @XmlAttribute public String id;
    @XmlAttribute(name = "class") public String classId;
    @XmlAttribute public String artifact;
    @XmlAttribute public List<String> requirements = new ArrayList<>();
    @XmlAttribute public Boolean mandatory;
    @XmlElement(name = "title") public List<XmlText> titles = new ArrayList<>();
    @XmlElement(name = "purpose") public List<XmlText> purposes = new ArrayList<>();
    @XmlElement(name = "check") public List<XmlCheck> checks = new ArrayList<>();
    @XmlElement(name = "procedure") public List<XmlText> procedures = new ArrayList<>();
    @XmlElement(name = "not-testable") public List<XmlText> notTestable = new ArrayList<>();
    @XmlElement(name = "example") public List<XmlExample> examples = new ArrayList<>();

    public static class XmlCheck {
        @XmlAttribute public String kind;
        @XmlAnyAttribute public Map<QName, String> parameters = new LinkedHashMap<>();
        @XmlValue public String text;
    }

    public static class XmlExample {
        @XmlAttribute public String file;
        @XmlAttribute public String expect;
        @XmlAttribute public String rule;
    }
}
