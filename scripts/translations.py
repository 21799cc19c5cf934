"""Update the catalogues from the source and compile them (`make translations`).

- resources/translations/desk_zh_CN.ts: every string of desk/ and ui/;
  the translator fills the new (unfinished) entries, then runs this again.
- resources/translations/desk_en.ts: only the plural forms ("%n room(s)").
- the .qm files next to them are what Desk loads.

`--check` changes nothing: it fails when a source string is missing from the
Chinese catalogue, an entry is unfinished, or a .qm is older than its .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in ("desk", "ui") for p in (ROOT / d).rglob("*.py")
                  if "migrations" not in p.parts)


def lupdate(ts: Path, *extra: str) -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), *extra, "-locations", "none", *sources(), "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   cwd=ROOT, check=True)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def problems() -> list[str]:
    """What is wrong with the catalogues as they are on disk."""
    issues: list[str] = []
    zh = TS_DIR / "desk_zh_CN.ts"
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(fresh)
        wanted = set(messages(fresh))
    have = messages(zh)
    for key in sorted(wanted - set(have)):
        issues.append(f"not in {zh.name}: {key[0]}: {key[1]!r}")
    for key, message in have.items():
        translation = message.find("translation")
        if key not in wanted or translation is None:
            continue
        texts = [translation.text or ""] + [n.text or "" for n in translation.iter("numerusform")]
        if translation.get("type") == "unfinished" or not any(t.strip() for t in texts):
            issues.append(f"unfinished in {zh.name}: {key[0]}: {key[1]!r}")
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists():
            issues.append(f"{qm.name} is missing: run `make translations`")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            lrelease(copy)
            if copy.with_suffix(".qm").read_bytes() != qm.read_bytes():
                issues.append(f"{qm.name} is older than {ts.name}: run `make translations`")
    return issues


def known_translations(ts: Path) -> dict[tuple[str, str], list[ET.Element]]:
    """Finished translations by (source, disambiguation), whatever their context."""
    found: dict[tuple[str, str], list[ET.Element]] = {}
    if not ts.exists():
        return found
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            key = (message.findtext("source") or "", message.findtext("comment") or "")
            found.setdefault(key, []).append(translation)
    return found


def carry_over(ts: Path, before: dict[tuple[str, str], list[ET.Element]]) -> int:
    """Give a string that moved to another context (code moved to another class)
    the translation it had, when that translation was the same everywhere."""
    tree = ET.parse(ts)
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        known = before.get((message.findtext("source") or "", message.findtext("comment") or ""), [])
        texts = {ET.tostring(t, encoding="unicode").split(">", 1)[1] for t in known}
        if len(texts) != 1:
            continue
        message.remove(translation)
        message.append(known[0])
        carried += 1
    if carried:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        text = ts.read_text(encoding="utf-8").replace(
            "<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        ts.write_text(text, encoding="utf-8")
    return carried


def main() -> int:
    if "--check" in sys.argv:
        found = problems()
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    before = known_translations(TS_DIR / "desk_zh_CN.ts")
    lupdate(TS_DIR / "desk_zh_CN.ts", "-no-obsolete")
    carried = carry_over(TS_DIR / "desk_zh_CN.ts", before)
    if carried:
        print(f"{carried} moved strings kept their translation")
    lupdate(TS_DIR / "desk_en.ts", "-no-obsolete", "-pluralonly")
    for ts in sorted(TS_DIR.glob("*.ts")):
        lrelease(ts)
    unfinished = [m for m in messages(TS_DIR / "desk_zh_CN.ts").values()
                  if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    print(f"{len(unfinished)} unfinished Chinese entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
