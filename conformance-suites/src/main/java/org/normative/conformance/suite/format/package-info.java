/** The JAXB binding of suite.xml (docs/schemas/suite-1.xsd); only {@code SuiteFormat} reads it. */
@XmlSchema(namespace = "urn:normative:suite:1", elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
package org.normative.conformance.suite.format;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
