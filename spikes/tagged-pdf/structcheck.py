#!/usr/bin/env python3
"""Walks a tagged PDF's structure tree with pikepdf, prints it, and checks what pdfua does not:

- every content-drawing operator (text, paths, images, shadings, XObjects) is inside marked
  content, tagged (with an MCID) or an /Artifact, and the two never nest (PDF/UA-1 7.1; pdfua's
  UA-01-003 counts only text and XObjects);
- the ParentTree and the tree agree both ways: each MCID on a page maps to the element holding
  it, each MCID an element holds is on its page, an artifact's MCID has no entry;
- each annotation has a /StructParent that maps to a Link holding an OBJR to it, /Contents,
  and its page has /Tabs /S;
- figures have /Alt, header cells /Scope, headings do not skip a level;
- catalog: /Lang, /MarkInfo /Marked, /ViewerPreferences /DisplayDocTitle, XMP with
  pdfuaid:part 1 and dc:title equal to Info /Title.

With --text, prints the text of each element holding content, in the tree's order: the order a
screen reader or a reflow view reads (through each font's ToUnicode map).

usage: structcheck.py FILE.pdf [--tree] [--text]   (exit 1 on any problem)
"""
import re
import sys
from collections import Counter

import pikepdf
from pikepdf import Array, Dictionary, Name

PAINTING = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI",
            "INLINE IMAGE"}

problems = []


def to_unicode_map(font):
    """The font's ToUnicode map (code bytes -> text) and its code length in bytes."""
    cmap = font.get("/ToUnicode")
    if cmap is None:
        return {}, 1
    data = cmap.read_bytes().decode("latin1")
    width = 1
    m = re.search(r"begincodespacerange\s*<([0-9a-fA-F]+)>", data)
    if m:
        width = len(m.group(1)) // 2
    table = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            table[bytes.fromhex(code)] = bytes.fromhex(text).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>",
                                      block):
            start = int(dst, 16)
            for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[code.to_bytes(width, "big")] = chr(start + i)
    return table, width


def decode(raw, font_map):
    table, width = font_map
    return "".join(table.get(raw[i:i + width], "\ufffd") for i in range(0, len(raw), width))


def problem(text):
    problems.append(text)


def is_elem(obj):
    return isinstance(obj, Dictionary) and "/S" in obj and obj.get("/Type") not in (
        Name.MCR, Name.OBJR)


def kids(elem):
    k = elem.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, Array) else [k]


def main():
    path = sys.argv[1]
    show_tree = "--tree" in sys.argv
    pdf = pikepdf.open(path)
    root = pdf.Root
    pages = list(pdf.pages)
    page_number = {p.objgen: i + 1 for i, p in enumerate(pages)}

    # --- content: marked-content sequences and unmarked drawing, page by page ---
    content_mcids = {}  # page objgen -> set of tagged MCIDs
    unmarked = Counter()
    artifact_sequences = 0
    text_of = {}  # (page objgen, mcid) -> text
    font_maps = {}
    for page in pages:
        stack = []
        mcids = set()
        font = ({}, 1)
        fonts = page.get("/Resources", Dictionary()).get("/Font", Dictionary())
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            tagged = [m for t, m in stack if m is not None]
            key = (page.objgen, tagged[-1]) if tagged else None
            if op == "Tf":
                f = fonts[str(operands[0])]
                if f.objgen not in font_maps:
                    font_maps[f.objgen] = to_unicode_map(f)
                font = font_maps[f.objgen]
            elif op in ("Td", "TD", "Tm", "T*") and key in text_of and \
                    not text_of[key].endswith(" "):
                text_of[key] += " "
            elif key is not None and op in ("Tj", "'", '"', "TJ"):
                strings = operands[0] if op == "TJ" else [operands[-1]]
                text_of[key] = text_of.get(key, "") + "".join(
                    decode(bytes(x), font) for x in strings if isinstance(x, pikepdf.String))
            if op in ("BDC", "BMC"):
                tag = str(operands[0])
                mcid = None
                if op == "BDC" and isinstance(operands[1], Dictionary) and "/MCID" in operands[1]:
                    mcid = int(operands[1].MCID)
                if stack and (tag == "/Artifact") != (stack[-1][0] == "/Artifact"):
                    problem(f"page {page_number[page.objgen]}: {tag} nested in {stack[-1][0]}")
                if tag == "/Artifact":
                    artifact_sequences += 1
                elif mcid is not None:
                    if mcid in mcids:
                        problem(f"page {page_number[page.objgen]}: MCID {mcid} twice")
                    mcids.add(mcid)
                stack.append((tag, mcid))
            elif op == "EMC":
                if not stack:
                    problem(f"page {page_number[page.objgen]}: EMC without BDC")
                else:
                    stack.pop()
            elif op in PAINTING:
                marked = any(t == "/Artifact" or m is not None for t, m in stack)
                if not marked:
                    unmarked[(page_number[page.objgen], op)] += 1
        content_mcids[page.objgen] = mcids
    for (number, op), n in sorted(unmarked.items()):
        problem(f"page {number}: {n} '{op}' outside marked content")

    # --- the tree ---
    tree = root.get("/StructTreeRoot")
    if tree is None:
        problem("no /StructTreeRoot")
        return report(pdf, path)
    parent_tree = {}
    nums_root = tree.ParentTree

    def walk_numbers(node):
        if "/Nums" in node:
            nums = node.Nums
            for i in range(0, len(nums), 2):
                parent_tree[int(nums[i])] = nums[i + 1]
        for kid in node.get("/Kids", []):
            walk_numbers(kid)

    walk_numbers(nums_root)

    counts = Counter()
    held = {}  # (page objgen, mcid) -> elem objgen
    last_heading = [0]
    lines = []
    reading = []

    def walk(elem, depth):
        s = str(elem.S)[1:]
        counts[s] += 1
        note = ""
        if s == "Figure":
            alt = str(elem.get("/Alt", ""))
            if not alt.strip():
                problem(f"Figure without /Alt")
            note = f' Alt="{alt[:60]}…"' if len(alt) > 60 else f' Alt="{alt}"'
        if s == "TH":
            a = elem.get("/A")
            scope = a.get("/Scope") if isinstance(a, Dictionary) else None
            if scope is None:
                problem("TH without /Scope")
            note = f" Scope={str(scope)[1:] if scope is not None else None}"
        if re.fullmatch(r"H[1-6]", s):
            level = int(s[1])
            if level > last_heading[0] + 1:
                problem(f"{s} after H{last_heading[0]}")
            last_heading[0] = level
        mc = []
        mc_keys = []
        for kid in kids(elem):
            if isinstance(kid, int) or (hasattr(kid, "is_integer") and False):
                pass
            if isinstance(kid, Dictionary) and is_elem(kid):
                continue
            if isinstance(kid, Dictionary) and kid.get("/Type") == Name.OBJR:
                annot = kid.Obj
                note += f' Annot(Contents="{annot.get("/Contents", "")}")'
                key = annot.get("/StructParent")
                if key is None or parent_tree.get(int(key)) is None or \
                        parent_tree[int(key)].objgen != elem.objgen:
                    problem("annotation's /StructParent does not map to its Link")
                continue
            if isinstance(kid, Dictionary) and kid.get("/Type") == Name.MCR:
                pg, mcid = kid.get("/Pg", elem.get("/Pg")), int(kid.MCID)
            else:
                pg, mcid = elem.get("/Pg"), int(kid)
            if pg is None:
                problem(f"{s}: MCID {mcid} with no page")
                continue
            held[(pg.objgen, mcid)] = elem.objgen
            mc_keys.append((pg, mcid))
            mc.append(f"p{page_number.get(pg.objgen)}:{mcid}")
            if mcid not in content_mcids.get(pg.objgen, ()):
                problem(f"{s} holds MCID {mcid} not on page {page_number.get(pg.objgen)}")
            entry = parent_tree.get(int(pg.get("/StructParents", -1)))
            if entry is None or mcid >= len(entry) or not isinstance(entry[mcid], Dictionary) \
                    or entry[mcid].objgen != elem.objgen:
                problem(f"ParentTree does not map p{page_number.get(pg.objgen)} MCID {mcid} "
                        f"to its {s}")
        if not kids(elem):
            problem(f"empty {s}")
        words = " ".join(text_of.get((pg.objgen, int(n)), "").strip() for pg, n in mc_keys)
        if mc_keys:
            reading.append("  " * depth + f"{s}: {' '.join(words.split())}")
        lines.append("  " * depth + s + (" [" + " ".join(mc) + "]" if mc else "") + note)
        for kid in kids(elem):
            if is_elem(kid):
                if kid.get("/P") is None or kid.P.objgen != elem.objgen:
                    problem(f"{str(kid.S)} has a wrong /P")
                walk(kid, depth + 1)

    for top in kids(tree):
        walk(top, 0)

    # every tagged MCID in the content is held by an element
    for page in pages:
        for mcid in content_mcids[page.objgen]:
            if (page.objgen, mcid) not in held:
                problem(f"page {page_number[page.objgen]}: MCID {mcid} held by no element")

    # --- annotations ---
    annotations = 0
    for page in pages:
        for annot in page.get("/Annots", []):
            annotations += 1
            if not str(annot.get("/Contents", "")).strip():
                problem(f"page {page_number[page.objgen]}: annotation without /Contents")
            if annot.get("/StructParent") is None:
                problem(f"page {page_number[page.objgen]}: annotation without /StructParent")
            if page.get("/Tabs") != Name.S:
                problem(f"page {page_number[page.objgen]}: annotations but no /Tabs /S")

    if show_tree:
        print("\n".join(lines))
    if "--text" in sys.argv:
        print("\n".join(reading))
    print(f"{path}: {sum(counts.values())} structure elements: " +
          ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"{path}: {len(pages)} pages, {sum(len(m) for m in content_mcids.values())} tagged "
          f"sequences, {artifact_sequences} artifact sequences, {annotations} annotations")
    return report(pdf, path)


def report(pdf, path):
    root = pdf.Root
    if str(root.get("/Lang", "")) == "":
        problem("no /Lang")
    if not (root.get("/MarkInfo") and root.MarkInfo.get("/Marked")):
        problem("no /MarkInfo /Marked true")
    if not (root.get("/ViewerPreferences") and root.ViewerPreferences.get("/DisplayDocTitle")):
        problem("no /DisplayDocTitle true")
    title = str(pdf.docinfo.get("/Title", ""))
    with pdf.open_metadata() as meta:
        if meta.get("pdfuaid:part") != "1":
            problem("XMP has no pdfuaid:part 1")
        if meta.get("dc:title") != title:
            problem(f"XMP dc:title {meta.get('dc:title')!r} is not Info /Title {title!r}")
        for key in ("dc:creator", "pdf:Producer"):
            if not meta.get(key):
                problem(f"XMP has no {key}")
    for p in problems:
        print(f"{path}: problem: {p}")
    print(f"{path}: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
