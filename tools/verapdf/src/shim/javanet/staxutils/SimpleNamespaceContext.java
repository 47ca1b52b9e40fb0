/*
 * Part of a vendored veraPDF 1.24.1 build (see README.md). Hand-written
 * replacement for the stax-utils (javanet.staxutils) classes veraPDF uses,
 * which Debian does not package. Licensed under the Mozilla Public License 2.0.
 */
package javanet.staxutils;
import java.util.*;
import javax.xml.XMLConstants;
/** Local minimal shim for the one use in veraPDF apps: setPrefix + lookups. */
public class SimpleNamespaceContext implements javax.xml.namespace.NamespaceContext {
    private final Map<String, String> ns = new HashMap<>();
    public void setPrefix(String prefix, String uri) { ns.put(prefix, uri); }
    public String getNamespaceURI(String prefix) {
        if (XMLConstants.XML_NS_PREFIX.equals(prefix)) return XMLConstants.XML_NS_URI;
        if (XMLConstants.XMLNS_ATTRIBUTE.equals(prefix)) return XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
        String u = ns.get(prefix); return u == null ? XMLConstants.NULL_NS_URI : u;
    }
    public String getPrefix(String uri) { for (Map.Entry<String,String> e : ns.entrySet()) if (e.getValue().equals(uri)) return e.getKey(); return null; }
    public Iterator<String> getPrefixes(String uri) { List<String> l = new ArrayList<>(); for (Map.Entry<String,String> e : ns.entrySet()) if (e.getValue().equals(uri)) l.add(e.getKey()); return l.iterator(); }
}
