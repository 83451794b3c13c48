package org.normative.standards.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * {@code <edition>} with its terms, references, clause tree and requirements. Dates stay text here (the schema has
 * checked them); empty lists are null so that their wrapper element is left out.
 */
@XmlType(name = "Edition", propOrder = {"terms", "references", "clauses", "requirements"})
final class XmlEdition {

    @XmlAttribute(name = "label", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String label;

    @XmlAttribute(name = "stage", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String stage;

    @XmlAttribute(name = "published")
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String published;

    @XmlAttribute(name = "implemented")
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String implemented;

    @XmlAttribute(name = "withdrawn")
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String withdrawn;

    @XmlAttribute(name = "revises")
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String revises;

    @XmlAttribute(name = "baseline")
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String baseline;

    @XmlElementWrapper(name = "terms")
    @XmlElement(name = "term")
    List<XmlTerm> terms;

    @XmlElementWrapper(name = "references")
    @XmlElement(name = "reference")
    List<XmlReference> references;

    @XmlElement(name = "clause")
    List<XmlClause> clauses = new ArrayList<>();

    @XmlElementWrapper(name = "requirements")
    @XmlElement(name = "requirement")
    List<XmlRequirement> requirements;
}
