"""Standard-library helper: render the human-readable narrative of a CDA R2 document
(header title + every section's title and narrative block, recursively) as plain text.
Machine-readable <entry> content is ignored; only what a CDA stylesheet would display."""
import base64, re, zlib
import xml.etree.ElementTree as ET

NS = ""  # namespaces are stripped on parse (see _parse)

def local(tag):
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""

BR = "\x00"

def _norm_ws(s):
    return re.sub(r"[ \t\r\n\u00a0]+", " ", s)

BLOCK = {"paragraph", "list", "table", "br", "item", "tr", "caption", "thead", "tbody", "tfoot"}

def render_block(el):
    """Render a narrative element to text with line breaks."""
    out = []

    def inline(e):
        # Inline text of an element (no block structure), collapsing whitespace.
        parts = [e.text or ""]
        for c in e:
            t = local(c.tag)
            if t == "br":
                parts.append(BR)
            elif t in ("renderMultiMedia",):
                pass
            elif t in ("paragraph", "list", "table"):
                parts.append(BR + render_block(c).replace("\n", BR) + BR)
            else:
                parts.append(inline(c))
            parts.append(c.tail or "")
        return "".join(parts)

    def clean(s):
        lines = [_norm_ws(x).strip() for x in s.split(BR)]
        return "\n".join(l for l in lines if l)

    def walk(e):
        t = local(e.tag)
        if t == "table":
            cap = e.find(NS + "caption")
            if cap is not None:
                out.append(clean(inline(cap)))
            for tr in e.iter(NS + "tr"):
                cells = []
                for cell in tr:
                    if local(cell.tag) in ("td", "th"):
                        cells.append(clean(inline(cell)).replace("\n", "; "))
                if any(cells):
                    out.append(" | ".join(cells))
            out.append("")
            return
        if t == "list":
            cap = e.find(NS + "caption")
            if cap is not None:
                out.append(clean(inline(cap)))
            ordered = e.get("listType") == "ordered"
            n = 0
            for it in e:
                if local(it.tag) != "item":
                    continue
                n += 1
                txt = render_block(it)
                bullet = f"{n}. " if ordered else "- "
                lines = txt.split("\n") if txt else [""]
                out.append(bullet + lines[0])
                for l in lines[1:]:
                    out.append("  " + l)
            out.append("")
            return
        if t == "paragraph":
            out.append(clean(inline(e)))
            out.append("")
            return
        # generic container (text, item, content, etc): mix of inline text and blocks
        buf = [e.text or ""]
        def flush():
            s = clean("".join(buf))
            if s:
                out.append(s)
            buf.clear()
        for c in e:
            ct = local(c.tag)
            if ct in ("paragraph", "list", "table"):
                flush()
                walk(c)
            elif ct == "br":
                buf.append(BR)
            elif ct == "renderMultiMedia":
                pass
            elif ct == "caption":
                buf.append(inline(c) + BR)
            else:
                buf.append(inline(c))
            buf.append(c.tail or "")
        flush()

    walk(el)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()

def render_section(sec, depth, out):
    title = sec.find(NS + "title")
    if title is not None:
        tt = _norm_ws("".join(title.itertext())).strip()
        if tt:
            out.append(tt.upper() if depth == 0 else tt)
    txt = sec.find(NS + "text")
    if txt is not None:
        body = render_block(txt)
        if body:
            out.append(body)
    for comp in sec.findall(NS + "component"):
        sub = comp.find(NS + "section")
        if sub is not None:
            out.append("")
            render_section(sub, depth + 1, out)
    out.append("")

def doc_meta(root):
    code = root.find(NS + "code")
    title = root.find(NS + "title")
    return {
        "code": code.get("code") if code is not None else None,
        "codeDisplay": code.get("displayName") if code is not None else None,
        "title": _norm_ws("".join(title.itertext())).strip() if title is not None else None,
    }

def _parse(xml_bytes):
    root = ET.fromstring(xml_bytes)
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tag = local(el.tag)
    return root

def render_section_xml(xml_bytes):
    """Render a stand-alone <section> fragment."""
    root = _parse(xml_bytes)
    out = []
    render_section(root, 0, out)
    text = "\n".join(out)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

def render_document(xml_bytes, include_title=True):
    root = _parse(xml_bytes)
    meta = doc_meta(root)
    out = []
    if include_title and meta["title"]:
        out.append(meta["title"])
        out.append("")
    body = root.find(NS + "component")
    sb = body.find(NS + "structuredBody") if body is not None else None
    nxb = body.find(NS + "nonXMLBody") if body is not None else None
    if sb is not None:
        for comp in sb.findall(NS + "component"):
            sec = comp.find(NS + "section")
            if sec is not None:
                render_section(sec, 0, out)
    elif nxb is not None:
        t = nxb.find(NS + "text")
        if t is not None and (t.get("mediaType") or "text/plain").startswith("text/plain"):
            raw = (t.text or "").strip()
            if t.get("representation") == "B64":
                data = base64.b64decode(raw)
                if t.get("compression") == "DF":
                    data = zlib.decompress(data, -15)
                raw = data.decode("utf-8", "replace")
            out.append(raw.replace("\r\n", "\n"))
    text = "\n".join(out)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return meta, text
