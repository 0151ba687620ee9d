#!/usr/bin/env python3
"""Fills translations into a Qt .ts file from a TSV of `source<TAB>translation` lines (\\n for newlines).

Usage: scripts/fill-ts.py translations/x_zh_CN.ts translations.tsv
Sources not in the TSV stay unfinished (and the i18n test reports them).
"""
import sys
import xml.etree.ElementTree as ET


def main(ts_path, tsv_path):
    table = {}
    with open(tsv_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or "\t" not in line:
                continue
            src, dst = line.split("\t", 1)
            table[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    tree = ET.parse(ts_path)
    missing = 0
    for msg in tree.iter("message"):
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        if src in table:
            tr.text = table[src]
            tr.attrib.pop("type", None)
        elif tr.get("type") == "unfinished":
            missing += 1
            print("missing:", repr(src), file=sys.stderr)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, "r+", encoding="utf-8") as f:  # keep the DOCTYPE lupdate expects
        text = f.read()
        if "<!DOCTYPE TS>" not in text:
            text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        f.seek(0)
        f.write(text)
        f.truncate()
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
