"""The meeting's people from its attendance parts (tables, lists, lines) and attendance sentences.

Tables: each column is told apart by its header words and by what its cells look like (names, initials,
roles, organisations, attended / status marks, group labels), so the columns may come in any order
and under any wording; group rows ("Industry Representatives", "Apologies") and a group column whose
label carries down over the empty cells below it set the group, and an Apologies / Absent group sets
the attendance. Text: see attendance_prose. Sentences anywhere in the minutes add apologies
("Apologies for absence were received from ..."), absence, substitutes ("X attended as Alternate for
Y", "voting rights passed to X") and part attendance ("X left the meeting").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attendance_prose import (
    ABSENT_SENTENCE,
    APOLOGY_SENTENCE,
    CONTINUES,
    DEPUTY_SENTENCE,
    LEAVE_OF_ABSENCE,
    NAME,
    PART_SENTENCE,
    ROLE_DEPUTY_SENTENCE,
    SENT_APOLOGIES,
    THEIR_VOTING_RIGHTS,
    VOTING_RIGHTS,
    Record,
    entries_from_text,
    is_group_label,
    line_records,
    top_level_split,
)
from .keys import canonical_org, normalise_seat, person_key, seat_organisation
from .names import (
    CHAIR_RX,
    GROUP_LABELS,
    Entry,
    clean,
    ends_in_role_word,
    is_part_text,
    looks_like_name,
    looks_like_org,
    looks_like_role,
    only_role_words,
    parse_entry,
    strip_titles,
    take_attendance_notes,
)
from .pdf_pages import Paragraph, TableBlock
from .roster import Person, Roster, looks_like_initials

PROGRAMME_GROUPS = {"mhhs", "programme", "programme team", "mhhs programme"}
SEAT_HINT = re.compile(r"representative|national grid eso|\bseat\b", re.I)
# code-panel roles: the seat and its status word ("Large Generator Member" -> "Large Generator")
PANEL_ROLE = re.compile(r"^(?P<seat>.+?)\s+(?:Member|Alternate|Alternate Member|Observer)$")
ATTENDING_ONLY = re.compile(r"^(?:in attendance|also (?:in attendance|present)|attending|others present|observers?|"
                            r"officers(?: present)?|guests|by invitation|staff|secretariat|presenters)$")
NOT_SEATS = {"workgroup", "working group", "panel", "board", "committee", "group", "council", "lay", "co-opted",
             "ex officio", "ex-officio", "non-executive", "executive", "staff", "team", "forum",
             "steering group", "associate", "elected", "appointed", "voting", "non-voting", "full"}

# header words -> column type
HEADER_TYPES = {
    "name": {"name", "names", "attendee", "attendees", "full name", "person", "participant", "participants",
             "member name", "delegate", "delegates", "councillor", "councillors", "member", "members"},
    "initials": {"initials", "initial", "init", "abbrev", "abbreviation", "ref"},
    "role": {"role", "roles", "position", "title", "job title", "capacity", "designation", "role title",
             "role/representing", "role / representing", "function", "post"},
    "org": {"organisation", "organization", "company", "representing", "org", "employer", "affiliation",
            "company organisation", "company / organisation", "company/organisation", "organisation / company",
            "body", "agency", "firm"},
    "seat": {"constituency", "seat", "sector", "category", "constituency represented"},
    "status": {"attended", "attendance", "status", "present?", "attended?", "attendance status"},
    "present": {"present", "in attendance", "attending"},
    "apologies": {"apology", "apologies", "apols", "sent apologies", "excused"},
    "absent": {"absent", "absence", "not present"},
}
STATUS_WORDS = {
    # ticks as the text layer gives them: marks, Wingdings letters (ü, þ, Wingdings 2 P), wiki {{tick}}
    "present": {"yes", "y", "present", "attended", "✔", "✓", "☑", "√", "✅", "x", "p", "ü", "þ", "{{tick}}",
                "(tick)", "tick", "in person", "virtual",
                "online", "remote", "teams", "attending", "in attendance", "chair"},
    "part": {"part", "partial", "part meeting", "late", "left early", "part attendance", "partly"},
    "apologies": {"apologies", "apology", "apols", "a", "sent apologies", "excused", "e", "regrets"},
    "absent": {"no", "n", "absent", "✘", "✗", "☒", "û", "ý", "{{cross}}", "not present", "did not attend", "dna",
               "non-attendance"},
}
BLANK_MARKS = {"", "-", "–", "—", "n/a", "☐"}


def _norm(cell: str | None) -> str:
    return " ".join((cell or "").lower().split()).strip(" :.*")


LEGEND = re.compile(r"(?<!\w)([A-Z✓✔√])\s*(?:=|:|–|-)\s*(present|absent|excused|apologies|apology|late|"
                    r"arrived late|left early|part(?: meeting)?)\b", re.I)
LEGEND_KIND = {"present": "present", "absent": "absent", "excused": "apologies", "apologies": "apologies",
               "apology": "apologies", "late": "part", "arrived late": "part", "left early": "part", "part": "part",
               "part meeting": "part"}


def read_legend(paragraphs) -> dict[str, str]:
    """'X = Present  E = Excused  A = Absent' under an attendance grid: mark -> attendance."""
    legend: dict[str, str] = {}
    for b in paragraphs:
        found = LEGEND.findall(b.text) if "=" in b.text or ":" in b.text else []
        if len(found) >= 2:
            for mark, word in found:
                legend.setdefault(mark.lower(), LEGEND_KIND[word.lower()])
    return legend


def _status_of(cell: str | None, legend: dict[str, str] | None = None) -> str | None:
    c = _norm(cell)
    if c in BLANK_MARKS:
        return None
    if legend and c in legend:
        return legend[c]
    for kind, words in STATUS_WORDS.items():
        if c in words:
            return kind
    if re.match(r"^(?:yes|attended|present)\b", c):
        return "part" if is_part_text(c) else "present"
    if re.match(r"^(?:apolog|sent apolog)", c):
        return "apologies"
    if is_part_text(c):
        return "part"
    return None


def group_kind(label: str | None) -> str | None:
    low = (label or "").lower()
    if re.search(r"\babsent|absentees|not present", low):
        return "absent"
    if re.search(r"apolog|regrets|excused|leave of absence", low):
        return "apologies"
    return None


# ---------------------------------------------------------------- organisation, seat, role

# an organisation cell that states a member's standing, not a body: "Independent", "n/a", "Individual"
NOT_ORGANISATIONS = {"independent", "n/a", "na", "none", "-", "–", "—", "individual", "self", "personal capacity",
                     "in a personal capacity", "lay", "lay member", "tbc", "vacant", "unaffiliated",
                     "private individual"}


def _organisation(group: str | None, role: str | None, stated: str | None = None) -> str | None:
    if stated:
        s = clean(stated)
        if s.lower() in NOT_ORGANISATIONS:
            return None
        return canonical_org(s) or s
    if not role:
        return None
    g = (group or "").lower().rstrip(":")
    if g in PROGRAMME_GROUPS:
        return "Programme"
    if g == "other attendees":
        return canonical_org(role) or role.strip()
    return seat_organisation(role) or canonical_org(role)


def _constituency(group: str | None, role: str | None, stated: str | None = None) -> str | None:
    if stated:
        return normalise_seat(stated)
    if not role:
        return None
    g = (group or "").lower().rstrip(":")
    if g in PROGRAMME_GROUPS or g == "other attendees" or ATTENDING_ONLY.search(g):
        return None  # people in attendance hold no seat
    if g == "industry representatives" or SEAT_HINT.search(role):
        return normalise_seat(role)
    m = PANEL_ROLE.match(role.strip())
    if m and m.group("seat").strip().lower() not in NOT_SEATS and not re.search(r"[()]", m.group("seat")):
        return m.group("seat").strip()
    return None


def _clean_role(cell: str | None, entry: Entry) -> str | None:
    """A role cell without the decorations that say deputy or part attendance (those go to the entry)."""
    return take_attendance_notes(entry, cell) or None if cell else None


# ---------------------------------------------------------------- tables

def _is_person_cell(cell: str) -> bool:
    e = parse_entry(cell)
    return e is not None and looks_like_name(e.name)


def _content_type(cells: list[str], header: str = "") -> str | None:
    vals = [c for c in cells if c]
    if not vals:
        return None
    n = len(vals)
    if sum(_status_of(c) is not None for c in vals) >= 0.8 * n:
        return "status"
    if sum(bool(re.fullmatch(r"[A-Z][A-Za-z]{0,4}", c)) and (looks_like_initials(c) or len(c) <= 3)
           for c in vals) >= 0.8 * n:
        return "initials"
    if sum(_is_person_cell(c) for c in vals) >= 0.6 * n:
        return "name"
    if sum(is_group_label(c) for c in vals) >= 0.8 * n and (len(vals) < 0.7 * len(cells) or not header):
        return "group"
    if sum(looks_like_role(c) for c in vals) >= 0.5 * n:
        return "role"
    if sum(looks_like_org(c) for c in vals) >= 0.5 * n:
        return "org"
    return None


def _header_type(cell: str) -> str | None:
    c = _norm(cell)
    for kind, words in HEADER_TYPES.items():
        if c in words:
            return kind
    return None


def column_types(table: TableBlock) -> tuple[dict[int, str], int]:
    """Column index -> type, and the index of the first data row."""
    header = [_header_type(c) for c in table.header]
    has_header = sum(h is not None for h in header) >= 1 and not any(
        looks_like_name(clean(c)) for c in table.header if c and _header_type(c) is None)
    start = 1 if has_header else 0
    ncols = max((len(r) for r in table.rows), default=0)
    cols = [[clean(r[i] or "") if i < len(r) and r[i] else "" for r in table.rows[start:]] for i in range(ncols)]
    types: dict[int, str] = {}
    content = [_content_type(cols[i], table.header[i] if has_header and i < len(table.header) else "")
               for i in range(ncols)]
    for i in range(ncols):
        h = header[i] if has_header and i < len(header) else None
        ct = content[i]
        if ct == "group" and i == 0 and h in (None, "role", "name"):
            types[i] = "group"  # "Members", "In Attendance", "Apologies" over empty cells: a group column
        elif ct is not None and (ct == "name" or h == "name" and ct == "initials"):
            types[i] = ct  # a column of names is the name column, whatever its header says
        elif h is not None:
            types[i] = h
        elif ct is not None:
            types[i] = ct
    names = [i for i, t in types.items() if t == "name"]
    if len(names) > 1:  # one name column: the one whose cells look most like names
        best = max(names, key=lambda i: sum(looks_like_name(clean(c)) for c in cols[i]))
        for i in names:
            if i != best:
                hi = header[i] if has_header else None
                types[i] = hi if hi is not None and hi != "name" else "role"
    return types, start


def _read_table(table: TableBlock, part_label: str | None, part_kind: str, out: list[dict],
                legend: dict[str, str] | None = None) -> None:
    types, start = column_types(table)
    name_col = next((i for i, t in types.items() if t == "name"), None)
    if name_col is None:
        return
    col_of: dict[str, int] = {}
    for i, t in sorted(types.items()):
        col_of.setdefault(t, i)
    mark_cols = [(i, t) for i, t in types.items() if t in ("present", "apologies", "absent")]
    any_mark = any(_status_of(r[i]) is not None or (r[i] or "").strip() not in ("", "-", "–")
                   for r in table.rows[start:] for i, _t in mark_cols if i < len(r))
    header_row = [_norm(c) for c in table.header] if start else None
    group = part_label
    for r in range(start, len(table.rows)):
        cells = [clean(c) if c else "" for c in table.rows[r]]
        if not any(cells) or [_norm(c) for c in table.rows[r]] == header_row:
            continue
        filled = [c for c in cells if c]
        name_cell = cells[name_col] if name_col < len(cells) else ""
        if len(filled) == 1 and (is_group_label(filled[0]) or parse_entry(filled[0]) is None):
            group = filled[0].rstrip(":").strip()  # a group row: "Industry Representatives", "Apologies"
            continue
        if "group" in col_of and cells[col_of["group"]]:
            group = cells[col_of["group"]].rstrip(":").strip()
        entry = parse_entry(name_cell)
        if entry is not None and "role" not in col_of and entry.role is None and (group or "").lower() in (
                "chair", "chairman", "chairperson", "co-chair", "vice-chair", "vice chair", "secretary"):
            entry.role = group  # a group column's "Chair" is that person's role
        if entry is None or not entry.name or (len(entry.name.split()) < 2 and entry.role != "Chair"
                                               and not entry.titles):
            continue
        role_cell = cells[col_of["role"]] if "role" in col_of and col_of["role"] < len(cells) else None
        role = _clean_role(role_cell, entry) if role_cell else entry.role
        org_cell = cells[col_of["org"]] if "org" in col_of and col_of["org"] < len(cells) else None
        if role and "org" not in col_of and entry.organisation is None:
            pair = top_level_split(role, ",")  # "Finance Director, Westmere Council" in a role column
            if len(pair) == 2 and looks_like_role(pair[0]) and not looks_like_org(pair[0]) and looks_like_org(pair[1]):
                role, org_cell = pair
        if org_cell:
            org_entry = Entry("", org_cell)
            org_cell = _clean_role(org_cell, org_entry) or None
        initials = list(entry.initials)
        if "initials" in col_of and col_of["initials"] < len(cells) and cells[col_of["initials"]]:
            tok = cells[col_of["initials"]]
            if re.fullmatch(r"[A-Za-z]{1,5}", tok) and tok not in initials:
                initials.append(tok)
        seat = cells[col_of["seat"]] if "seat" in col_of and col_of["seat"] < len(cells) else None
        status = None
        if "status" in col_of and col_of["status"] < len(cells):
            status = _status_of(cells[col_of["status"]], legend)
            if status is None and cells[col_of["status"]] and is_part_text(cells[col_of["status"]]):
                status = "part"
        for i, t in mark_cols:
            if i < len(cells) and cells[i] and _status_of(cells[i]) != "absent" and _norm(cells[i]) not in BLANK_MARKS:
                status = {"present": status or "present", "apologies": "apologies", "absent": "absent"}[t]
                if t == "present" and _status_of(cells[i]) == "part":
                    status = "part"
        if status is None and mark_cols and any_mark:
            status = "unknown"  # the table marks attendance, and this row's marks are empty
        out.append({"entry": entry, "role": role, "org": org_cell, "initials": initials, "seat": seat,
                    "group": group, "status": status, "kind": group_kind(group) or part_kind,
                    "page": table.row_pages[r], "quote": name_cell})


# ---------------------------------------------------------------- text

def _read_paragraphs(part, out: list[dict]) -> None:
    items: list = []
    state: dict = {}
    for b in part.blocks:
        if not isinstance(b, Paragraph) or _is_sentence_paragraph(b.text):
            continue
        first = None
        if part.lead is not None and b is part.blocks[0]:
            first_line = b.lines[0].text if b.lines else b.text
            m = re.match(r"^.*?(?::|–|—|-)\s*", first_line)
            first = first_line[m.end():] if m else first_line
        label = None if first is not None else _ROLE_LABEL.match(b.text)
        if label and (is_group_label(label.group("label")) or CHAIR_RX.match(label.group("label"))
                      or only_role_words(label.group("label")) or _post_title(label.group("label"))):
            # "Secretary: Mrs G Penhaligon", "Also present: ..." inside a part: a group of its own
            items.append(("rolegroup" if _role_label(label.group("label")) else "group",
                          Record(label.group("label"), b.text, b.page)))
            first = label.group("rest")
        before = len(items)
        if part.lead is not None and b is part.blocks[0]:
            text = part.lead
        elif first is not None:
            assert label is not None  # outside the lead block, ``first`` is only set from the label's rest
            text = label.group("rest")
        else:
            text = b.text
        if _wrapped_list(b, text):  # one ';' list wrapped over lines: the line breaks are not its entries
            items.append(("person", Record(clean(text), b.text, b.page)))
        else:
            line_records(b.lines or [], first_text=first, items=items, state=state)
        persons = [rec for what, rec in items[before:] if what == "person"]
        # "Name, Organisation" one per line: each line's comma parts its name from its organisation or role
        if len(persons) >= 2 and all(len(top_level_split(r.text, ",;")) == 2 and " and " not in r.text
                                     and not re.search(r"\s[–—-]\s", r.text) for r in persons):
            for r in persons:
                r.text, r.pair = re.sub(r",\s*", " – ", r.text, count=1), True
    _pair_flattened(items)
    group = part.label
    kind = part.kind
    last: dict | None = None
    role_label = group if group and _role_label(group) else None  # a part labelled "Chair:", "Clerk:"
    post_line = False  # the role label is a line's own ('Treasurer: Ana Lutz'), not the part's
    for what, rec in items:
        if what == "used":
            continue
        if what == "rolegroup":  # a role as the label of its people: each is that role
            group, role_label, last, post_line = rec.text, rec.text, None, True
            continue
        if what == "group":
            role_label, post_line = None, False
            if last is not None and last["from_line"] and last["role"] is None and not is_group_heading(rec.text) \
                    and looks_like_role(rec.text):
                last["role"] = rec.text  # "Chair" under "Rosalind Achterberg (RA)": that person's role
                continue
            group = rec.text
            kind = group_kind(group) or ("present" if re.search(r"attend|present|member", group, re.I) else kind)
            last = None
            continue
        if what == "text":
            if last is not None and last["role"] is None and last["org"] is None and _label_like(rec.text) \
                    and (looks_like_role(rec.text) or looks_like_org(rec.text) or SEAT_HINT.search(rec.text)):
                if looks_like_org(rec.text) and not looks_like_role(rec.text) and not SEAT_HINT.search(rec.text):
                    last["org_text"] = rec.text
                    if (group or "").lower() in ("other attendees",):
                        last["role"] = rec.text
                else:
                    last["role"] = _clean_role(rec.text, last["entry"])
            continue
        entries = entries_from_text(rec.text)
        for e in entries:
            if rec.pair and e.role and e.organisation is None and not only_role_words(e.role):
                e.organisation, e.role = e.role, None  # "Lucy Fenwick, Tidewater Registrar"
            if role_label and (e.role is None or post_line and e.role.lower() == "chair"
                               and not CHAIR_RX.match(role_label)):
                e.role = role_label  # 'President: Dr M Roe (in the Chair)': the line's post, who also chaired
            quote = e.text if e.text and e.text in rec.quote else rec.quote
            last = {"entry": e, "role": e.role, "org": e.organisation, "initials": list(e.initials),
                    "seat": None, "group": group, "status": None, "kind": kind, "page": rec.page,
                    "quote": quote, "from_line": len(entries) == 1}
            out.append(last)


_ROLE_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z'’ /&-]{1,40}?)\s*:\s*(?P<rest>\S.*)$", re.S)


def _role_label(label: str) -> bool:
    """A label that is the post of the people under it ('Chair', 'Secretary', 'Clerk'), not a group
    ('Members', 'In attendance') or a duty ('Minutes')."""
    t = clean(label)
    return bool(CHAIR_RX.match(t) or (only_role_words(t) or _post_title(t)) and not is_group_label(t)) \
        and not re.fullmatch(r"(?i)minutes?|minute[- ]taker|notes?|note[- ]taker", t)


def _post_title(label: str) -> bool:
    """'Membership Secretary', 'Events Officer': a short title ending in a role noun (its first words
    need not be role words), not a name ('Cara Dean')."""
    words = clean(label).split()
    return 2 <= len(words) <= 4 and ends_in_role_word(label) and not looks_like_name(label) \
        and all(w[:1].isupper() for w in words)


def _wrapped_list(b: Paragraph, text: str) -> bool:
    """A list cut at ';' whose entries run across the line breaks ('...; the Dean of the' / 'Faculty of
    Arts (Professor E Roe); ...'): read as one text, not line by line."""
    lines = [ln.text.strip() for ln in (b.lines or [])]
    if len(lines) < 2 or len(top_level_split(text, ";")) < 2 or not any(";" in ln.rstrip(" ;") for ln in lines):
        return False
    depth = 0
    for ln, nxt in zip(lines, lines[1:]):  # a break inside an entry: in a bracket, after 'the', before '(' ...
        depth += ln.count("(") - ln.count(")")
        tail = re.split(r"[;,]", ln)[-1].strip()  # the last piece of the line: a whole entry, or cut short
        if depth > 0 or CONTINUES.search(ln) or re.match(r"[a-z(]", nxt) or tail and (
                parse_entry(tail) is None or len(tail.split()) == 1):
            return True
    return False


def _label_like(text: str) -> bool:
    """A role or organisation line ('Large Supplier Representative (as ...)', 'Head of Capital and Estates'),
    not a sentence ('Ana Lutz welcomed members.')."""
    words = clean(re.sub(r"\([^()]*\)", " ", text)).split()
    return 0 < len(words) <= 10 and all(any(c.isupper() for c in w) or w[:1].isdigit() or w.lower() in (
        "of", "and", "the", "for", "&", "to", "in", "on", "at", "with", "-", "–", "/") for w in words)


def _pair_flattened(items: list) -> None:
    """A two-column list flattened into all its names, then all its roles: pair them by position."""
    i = 0
    while i < len(items):
        k = 0
        while i + k < len(items) and items[i + k][0] == "person" and len(entries_from_text(items[i + k][1].text)) == 1 \
                and entries_from_text(items[i + k][1].text)[0].role is None:
            k += 1
        roles = items[i + k:i + 2 * k]
        if k >= 2 and len(roles) == k and all(w in ("group", "text") and _label_like(r.text) and not is_group_heading(
                r.text) and (looks_like_role(r.text) or SEAT_HINT.search(r.text) or looks_like_org(r.text))
                for w, r in roles):
            for (_w, person), (_w2, role) in zip(items[i:i + k], roles):
                person.text = person.text + " – " + role.text
            for n in range(i + k, i + 2 * k):
                items[n] = ("used", items[n][1])
            i += 2 * k
        else:
            i += max(k, 1)


def is_group_heading(text: str) -> bool:
    return clean(text).rstrip(":").lower() in GROUP_LABELS - {"chair"}


def _is_sentence_paragraph(text: str) -> bool:
    """Prose, not a list: it reads as sentences (many lower-case words) or is an apologies sentence."""
    if APOLOGY_SENTENCE.search(text) or DEPUTY_SENTENCE.search(text) or LEAVE_OF_ABSENCE.search(text):
        return True
    words = re.findall(r"[A-Za-z]+", re.sub(r"\([^()]*\)", " ", text))
    small = {"and", "of", "the", "for", "on", "behalf", "from", "until", "at", "item", "items", "only", "part",
             "meeting", "by", "phone", "as", "in", "to", "arrived", "left", "joined", "with", "or", "de", "van"}
    lower = [w for w in words if w.islower() and w not in small]
    return len(lower) >= 6 and len(lower) > 0.35 * len(words)


# ---------------------------------------------------------------- assembly

def _attendance(row: dict) -> str:
    status = row["status"]
    if status in ("apologies", "absent"):
        return status
    if status == "unknown":
        return "mentioned"
    if status is None and row["kind"] in ("apologies", "absent"):
        return row["kind"]
    if status == "part" or row["entry"].part:
        return "part"
    return "present"


def _add(roster: Roster, row: dict) -> None:
    e: Entry = row["entry"]
    group = row["group"]
    role = row["role"]
    if role is None and e.role:
        role = e.role
    if (group or "").lower() == "chair" or (role or "").lower() == "chair":
        group = group if (group or "").lower() not in ("chair",) else "Chair"
    stated_org = row.get("org") or e.organisation or row.get("org_text")
    person = Person(name=e.name, initials=row["initials"], role=role,
                    organisation=_organisation(group, role, stated_org),
                    constituency=_constituency(group, role, row.get("seat")), group=group,
                    attendance=_attendance(row), on_behalf_of=e.on_behalf_of,
                    evidence=[{"page": row["page"], "quote": row["quote"]}])
    existing = roster.by_name(person.name)
    if existing:  # listed as deputised-for first, then in apologies; or in two lists
        if {"page": row["page"], "quote": row["quote"]} not in existing.evidence:
            existing.evidence.append({"page": row["page"], "quote": row["quote"]})
        if existing.attendance == "mentioned" and person.attendance != "mentioned":
            existing.attendance, existing.group = person.attendance, group
            existing.role = existing.role or role
            existing.constituency = existing.constituency or person.constituency
            existing.organisation = existing.organisation or person.organisation
        for i in person.initials:
            if i not in existing.initials:
                existing.initials.append(i)
        return
    roster.add(person)


def read_people(parts, roster: Roster, paragraphs=()) -> None:
    """Fill ``roster`` from the attendance parts, then from attendance sentences in ``paragraphs``."""
    rows: list[dict] = []
    legend = read_legend(paragraphs)
    for part in parts:
        label = _label(part.label)
        for b in part.blocks:
            if isinstance(b, TableBlock):
                _read_table(b, label if not b.rows or part.label else None, part.kind, rows, legend)
        _read_paragraphs(replace(part, label=label), rows)
    for row in rows:
        _add(roster, row)
    _sentences(paragraphs, parts, roster)
    # people named only as the one deputised for
    for p in list(roster.people):
        if p.on_behalf_of and not p.on_behalf_of.startswith("person:"):
            target = roster.find(p.on_behalf_of)
            if target is None or target is p:
                target = roster.add(Person(p.on_behalf_of, [], None, None, None, None, "mentioned",
                                           evidence=list(p.evidence[:1])))
            p.on_behalf_of = target.key


def _label(label: str | None) -> str | None:
    """'Minute No. 35/25: Apologies for Absence' -> 'Apologies for Absence'; 'Present:' -> 'Present'."""
    if not label:
        return label
    from .sections import ITEM, item_number
    t = clean(label).rstrip(":").strip()
    m = ITEM.match(t)
    if m and item_number(m):
        t = m.group("title").strip().rstrip(":").strip()
    return t


# the words of a paragraph that may state attendance in a sentence
_ATTENDANCE_WORDS = (r"apolog|absent|absence|behalf|substitut|alternate|deputi|in place of|voting right|\bleft\b|"
                     r"joined|arrived|returned|proxy|standing in")
_ATTENDANCE_RX = re.compile(_ATTENDANCE_WORDS, re.I)
_ATTENDANCE_LOWER = re.compile(_ATTENDANCE_WORDS)
_PART_PLACE = re.compile(r"meeting|room|chamber")  # words every PART_SENTENCE match has as printed: searched first


def _says_attendance(text: str) -> bool:
    """A word of attendance in ``text``, in any case. An ASCII text is searched in lower case, much faster
    than case-insensitively and the same there (re.I and str.lower differ only on a few other letters)."""
    if text.isascii():
        return _ATTENDANCE_LOWER.search(text.lower()) is not None
    return _ATTENDANCE_RX.search(text) is not None


def _sentences(paragraphs, parts, roster: Roster) -> None:
    """Apologies, absence, substitutes and part attendance stated in sentences."""
    heading_of = {}
    for part in parts:
        for b in part.blocks:
            heading_of[id(b)] = _label(part.label)
    for b in paragraphs:
        text = b.text
        if not _says_attendance(text):
            continue
        group = heading_of.get(id(b)) or "Apologies"
        # each with a word its every match has as printed (none: ""), looked for before its slower search
        for rx, kind, word in ((APOLOGY_SENTENCE, "apologies", ""), (LEAVE_OF_ABSENCE, "apologies", ""),
                               (SENT_APOLOGIES, "apologies", "apologies"), (ABSENT_SENTENCE, "absent", "")):
            if word not in text:
                continue
            for m in rx.finditer(text):
                lst = re.sub(r"\s*(?:who|but|as|due to|owing to)\b.*$", "", m.group("list"))
                if re.fullmatch(r"(?i)\s*(?:none|nil|no(?:ne)? members?)\s*\.?\s*", lst):
                    continue
                for e in entries_from_text(lst):
                    if not looks_like_name(e.name, surname_only=True):
                        continue
                    found = roster.find(e.name) or roster.find(" ".join(e.titles + [e.name]))
                    quote = m.group(0).strip()
                    if found is not None:
                        if found.attendance == "mentioned":
                            found.attendance = kind
                        if {"page": b.page, "quote": quote} not in found.evidence:
                            found.evidence.append({"page": b.page, "quote": quote})
                        continue
                    g = group if group_kind(group) else ("Absent" if kind == "absent" else "Apologies")
                    roster.add(Person(e.name, list(e.initials), e.role, _organisation(g, e.role, e.organisation),
                                      _constituency(g, e.role), g, kind, e.on_behalf_of,
                                      evidence=[{"page": b.page, "quote": quote}]))
        pairs = [(m.group("dep"), m.group("mem"), m.group(0)) for rx in (DEPUTY_SENTENCE, VOTING_RIGHTS)
                 for m in rx.finditer(text)]
        for m in ROLE_DEPUTY_SENTENCE.finditer(text):  # "... on behalf of the Dean of the Faculty of Arts"
            holder = roster.by_role(re.sub(r"\s+(?:and|of|for|the)$", "", m.group("role").strip()))
            if holder is not None:
                pairs.append((m.group("dep"), holder.name, m.group(0)))
        for m in THEIR_VOTING_RIGHTS.finditer(text):  # "Ana Lutz sent apologies; her voting rights passed to Ben Roe"
            start = max(text.rfind(". ", 0, m.start()) + 2, 0)
            named = [n.group() for n in re.finditer(NAME, text[start:m.start()]) if roster.find(n.group())]
            if named:
                pairs.append((m.group("dep"), named[-1], text[start:m.end()]))
        for dep_text, mem_text, quote in pairs:
            dep, mem = roster.find(dep_text), roster.find(mem_text)
            if dep is None or dep is mem:
                continue
            if mem is None:
                name = strip_titles(clean(mem_text))[0]
                if not looks_like_name(name):
                    continue
                mem = roster.add(Person(name, [], None, None, None, None, "mentioned",
                                        evidence=[{"page": b.page, "quote": quote}]))
            if dep.on_behalf_of is None:
                dep.on_behalf_of = mem.key
                ev = {"page": b.page, "quote": quote}
                if ev not in dep.evidence:
                    dep.evidence.append(ev)
        for m in PART_SENTENCE.finditer(text) if _PART_PLACE.search(text) else ():
            who = roster.find(m.group("who"))
            if who is not None and who.attendance == "present":
                who.attendance = "part"


def deputies(roster: Roster) -> list[tuple[Person, str]]:
    return [(p, p.on_behalf_of) for p in roster.people if p.on_behalf_of]


__all__ = ["read_people", "parse_entry", "deputies", "person_key", "column_types"]
