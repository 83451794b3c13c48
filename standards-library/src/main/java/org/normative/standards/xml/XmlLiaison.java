package org.normative.standards.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/** {@code <liaison committee="..."/>}: a committee the owning committee has a liaison with. */
@XmlType(name = "Liaison")
final class XmlLiaison {

    @XmlAttribute(name = "committee", required = true)
    @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
    String committee;

    XmlLiaison() {
    }

    XmlLiaison(String committee) {
        this.committee = committee;
    }
}
