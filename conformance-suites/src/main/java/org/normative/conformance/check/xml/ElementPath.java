package org.normative.conformance.check.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes a document's events on to the validator and keeps the path of the element they are in, as the document
 * spells it: {@code /Invoice/cac:InvoiceLine[3]/cbc:ID}. A position is written only from the second sibling of a
 * name on, so the common case stays short. The element is pushed before the validator sees its start and popped
 * after it sees its end, so an error reported at either names that element. Memory grows with the depth (bounded
 * by the parser) and the distinct child names of open elements, never with the file.
 */
final class ElementPath extends XMLFilterImpl {

    private final Deque<Frame> open = new ArrayDeque<>();
    private final Frame document = new Frame("");

    /** The current element's path; "/" before the root starts. */
    String current() {
        Frame top = open.peek();
        return top == null ? "/" : top.path;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        Frame parent = open.isEmpty() ? document : open.peek();
        String name = qName == null || qName.isEmpty() ? localName : qName;
        int position = parent.childCount(name);
        open.push(new Frame(parent.path + "/" + name + (position > 1 ? "[" + position + "]" : "")));
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        open.pop();
    }

    private static final class Frame {
        final String path;
        private Map<String, Integer> children;

        Frame(String path) {
            this.path = path;
        }

        /** Counts one more child of this name and says which one it is. */
        int childCount(String name) {
            if (children == null) {
                children = new HashMap<>();
            }
            return children.merge(name, 1, Integer::sum);
        }
    }
}
