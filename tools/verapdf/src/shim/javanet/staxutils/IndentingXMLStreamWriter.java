/*
 * Part of a vendored veraPDF 1.24.1 build (see README.md). Hand-written
 * replacement for the stax-utils (javanet.staxutils) classes veraPDF uses,
 * which Debian does not package. Licensed under the Mozilla Public License 2.0.
 */
package javanet.staxutils;
/** Local shim: veraPDF core only calls new IndentingXMLStreamWriter(XMLStreamWriter); delegate to JAXB's txw2 indenter. */
public class IndentingXMLStreamWriter extends com.sun.xml.txw2.output.IndentingXMLStreamWriter {
    public IndentingXMLStreamWriter(javax.xml.stream.XMLStreamWriter out) { super(out); }
}
