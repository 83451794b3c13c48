package org.normative.conformance.suite.format;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

@XmlRootElement(name = "suite")
public class XmlSuite {
    @XmlAttribute public String group;
    @XmlAttribute public String id;
    @XmlAttribute public String version;
    @XmlAttribute public String status;
    @XmlAttribute(name = "valid-from") public String validFrom;
    @XmlAttribute(name = "valid-to") public String validTo;
    @XmlAttribute(name = "replaced-by") public String replacedBy;
    @XmlElement(name = "title") public List<XmlText> titles = new ArrayList<>();
    @XmlElement(name = "description") public List<XmlText> descriptions = new ArrayList<>();
    @XmlElement(name = "standard") public XmlStandardRef standard;
    @XmlElement(name = "artifact") public List<XmlArtifactRole> artifacts = new ArrayList<>();
    @XmlElement(name = "class") public List<XmlClass> classes = new ArrayList<>();
    @XmlElement(name = "test-case") public List<XmlTestCase> testCases = new ArrayList<>();

    public static class XmlStandardRef {
        @XmlAttribute public String code;
        @XmlAttribute public String edition;
    }

    public static class XmlArtifactRole {
        @XmlAttribute public String role;
        @XmlAttribute(name = "media-types") public List<String> mediaTypes = new ArrayList<>();
        @XmlAttribute public Boolean required;
        @XmlAttribute public Boolean multiple;
        @XmlElement(name = "title") public List<XmlText> titles = new ArrayList<>();
    }

    public static class XmlClass {
        @XmlAttribute public String id;
        @XmlAttribute public List<String> depends = new ArrayList<>();
        @XmlElement(name = "title") public List<XmlText> titles = new ArrayList<>();
    }
}
