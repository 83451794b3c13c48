/**
 * Normative's own XML format for standards ({@code urn:normative:standard:1}, published as
 * {@code docs/schemas/standard-1.xsd}): {@link org.normative.standards.xml.StandardXmlWriter} writes a
 * {@link org.normative.standards.library.StandardDocument} and {@link org.normative.standards.xml.StandardXmlReader}
 * reads one back, refusing hostile or broken files with a {@link org.normative.standards.xml.StandardXmlException}.
 * JAXB stays inside this package: the {@code Xml*} classes mirror the schema and never leave it.
 */
@XmlSchema(namespace = StandardXmlFormat.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = StandardXmlFormat.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
package org.normative.standards.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
