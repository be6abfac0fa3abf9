"""Generate an archive of minutes PDFs in the house style of samples/ (FICTIONAL, random but seeded).

    python benchmarks/gen_archive.py OUT_DIR [--count 300] [--seed 7] [--zip archive.zip]

Each meeting has its own number, date, attendees (recurring people under their usual initials, a
deputy, part-meeting attendees), actions, decisions, CR discussion (raised, issued for impact
assessment, approved), often a vote with comments, and enough minutes to fill 5 to 15 pages.
"""

from __future__ import annotations

import argparse
import random
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))

from house_style import render_minutes  # noqa: E402

BODIES = [("DAG", "Design Advisory Group"), ("CCAG", "Cross Code Advisory Group"),
          ("TMAG", "Testing and Migration Advisory Group")]
SEATS = ["DNO Representative", "iDNO Representative", "Large Supplier Representative",
         "Medium Supplier Representative", "Small Supplier Representative", "I&C Supplier Representative",
         "Supplier Agent Representative", "Elexon Representative (as central systems provider)",
         "RECCo Representative", "DCC Representative", "National Grid ESO", "Consumer Representative"]
FIRST = ["Alice", "Ben", "Chloe", "Daniel", "Eleanor", "Farid", "Grace", "Harry", "Imogen", "Jacob", "Keira",
         "Liam", "Maya", "Nathan", "Olivia", "Priya", "Quentin", "Rosa", "Samuel", "Tariq", "Una", "Victor",
         "Wendy", "Xavier", "Yasmin", "Zach"]
LAST = ["Ashworth", "Bramley", "Caldwell", "Dunmore", "Ellison", "Fairbairn", "Garside", "Holloway", "Ingram",
        "Jessop", "Kershaw", "Lindley", "Marwood", "Norcross", "Oakley", "Pendleton", "Quarmby", "Rushton",
        "Sutcliffe", "Thackeray", "Upton", "Varley", "Whitaker", "Yardley"]
ROLES = ["Design Team", "PMO Governance Lead", "Design Lead", "DIP Lead", "Delivery Lead", "Programme Advisor"]
ORGS = ["Elexon", "RECCo", "UKPN", "Ofgem", "IPA", "E.ON"]
FILLER = ("The group discussed the {topic} in detail, noting the dependencies on the Programme plan and the "
          "consultation responses received from participants. {who} highlighted that further engagement with "
          "the relevant constituencies would be needed before the next milestone, and the Programme agreed to "
          "reflect the comments in the next iteration of the document.")
TOPICS = ["migration approach", "interface catalogue", "testing strategy", "code drafting plan", "DIP onboarding",
          "release schedule", "non-functional requirements", "registration service design"]


def _people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    names = set()
    while len(names) < n:
        names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    return [(name, name.split()[0][0] + name.split()[1][0]) for name in sorted(names)]


def meeting(i: int, rng: random.Random, cast: list[tuple[str, str]]) -> dict:
    abbr, body = BODIES[i % len(BODIES)]
    mid = f"{abbr}{100 + i:03d}"
    day = date(2022, 1, 12) + timedelta(days=7 * i)
    people = rng.sample(cast, 24)
    reps = list(zip(people[:12], SEATS))
    initials_seen: dict[str, str] = {}
    for (name, ini), _seat in reps:
        initials_seen.setdefault(ini, name)
    absent_name, _ = reps[0][0]
    deputy = people[12]
    industry = [{"name": deputy[0], "initials": deputy[1], "role": reps[0][1], "on_behalf_of": absent_name}]
    industry += [{"name": n, "initials": ini, "role": seat, "part": rng.random() < 0.15}
                 for (n, ini), seat in reps[1:11]]
    mhhs = [{"name": n, "initials": ini, "role": rng.choice(ROLES), "part": rng.random() < 0.3}
            for n, ini in people[13:19]]
    other = [{"name": n, "initials": ini, "role": rng.choice(ORGS)} for n, ini in people[19:22]]
    crs = rng.sample(range(31, 90), 3)
    actions = [{"area": f"CR{crs[k % 3]:03d} Impact Assessment", "ref": f"{abbr}{100 + i}-{k + 1:02d}",
                "action": f"Programme to publish the consolidated responses on CR{crs[k % 3]:03d} and return "
                          f"to {abbr} for discussion",
                "owner": rng.choice(["Programme (PMO)", "Programme (Design Team)", f"{abbr} Members"]),
                "due": (day + timedelta(days=14 + 7 * k)).strftime("%d/%m/%Y")}
               for k in range(rng.randint(3, 8))]
    decisions = [{"area": "Minutes and actions", "ref": f"{abbr}-DEC{100 + i}1",
                  "decision": f"Minutes of {abbr} meeting held {(day - timedelta(days=28)).strftime('%d %B %Y')} "
                              "approved with no amendments"},
                 {"area": f"CR{crs[0]:03d} Decision", "ref": f"{abbr}-DEC{100 + i}2",
                  "decision": f"The SRO approved CR{crs[0]:03d} for implementation in Interim Release "
                              f"{rng.randint(3, 9)}"}]
    speaker = industry[1]
    minutes: list = [("h", "1. Welcome and Introductions"),
                     ("p", "The Chair welcomed attendees to the meeting and provided an overview of the agenda."),
                     ("h", "2. Minutes and Actions"),
                     ("decision", decisions[0]["ref"], decisions[0]["decision"]),
                     ("h", f"3. CR{crs[1]:03d} Impact Assessment"),
                     ("p", f"An overview was provided of a new CR, CR{crs[1]:03d}, raised by "
                           f"{rng.choice(['UKPN', 'Elexon', 'RECCo'])} on {day.strftime('%d %B %Y')}."),
                     ("p", f"The {abbr} agreed CR{crs[1]:03d} should be issued for Impact Assessment."),
                     ("action", actions[0]["ref"], actions[0]["action"]),
                     ("h", f"4. CR{crs[0]:03d} Decision")]
    if rng.random() < 0.6:
        positions = [rng.choice(["for", "for", "against", "abstain"]) for _ in SEATS[:-1]] + ["absent"]
        minutes.append(("p", f"The Chair requested {abbr} members' views on whether CR{crs[0]:03d} should be "
                             "approved."))
        minutes.append(("vote", list(zip(SEATS, positions))))
        comments = []
        for (seat, pos), person in zip(zip(SEATS, positions), industry):
            if pos != "absent":
                verb = {"for": "approved", "against": "rejected", "abstain": "abstained on"}[pos]
                comments.append((seat, f"{person['initials']} {verb} CR{crs[0]:03d}."))
        minutes.append(("comments", comments))
        counts = {p: positions.count(p) for p in ("for", "against", "abstain", "absent")}
        minutes.append(("p", f"The Chair summarised that {counts['for']} voted to approve, {counts['against']} "
                             f"voted to reject, {counts['abstain']} abstained, and {counts['absent']} was not in "
                             "attendance."))
    minutes.append(("decision", decisions[1]["ref"], decisions[1]["decision"]))
    for _ in range(rng.randint(40, 120)):
        minutes.append(("p", FILLER.format(topic=rng.choice(TOPICS), who=speaker["initials"])))
    return {
        "id": mid, "body": body, "abbr": abbr, "doc_ref": f"MHHS-DEL{2000 + i}",
        "issue_date": (day + timedelta(days=7)).strftime("%d/%m/%Y"),
        "date_time": f"{day.strftime('%d %B %Y')} 10:00-13:00",
        "attendees": [("Chair", [{"name": people[23][0], "initials": "Chair", "role": "Chair"}]),
                      ("Industry Representatives", industry), ("MHHS", mhhs), ("Other Attendees", other)],
        "apologies": [(absent_name, reps[0][1]), (people[22][0], "Consumer Representative")],
        "actions": actions, "decisions": decisions, "minutes": minutes,
        "next_meeting": (day + timedelta(days=28)).strftime("%d %B %Y") + " 10am",
    }


def generate(out: Path, count: int = 300, seed: int = 7, zip_path: Path | None = None) -> list[Path]:
    rng = random.Random(seed)
    cast = _people(rng, 60)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = out / f"minutes-{i:04d}.pdf"
        render_minutes(meeting(i, rng, cast), str(path))
        paths.append(path)
    if zip_path:
        with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_STORED) as z:
            for p in paths:
                z.write(p, f"archive/{p.name}")
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--zip", type=Path, default=None)
    args = ap.parse_args()
    paths = generate(args.out, args.count, args.seed, args.zip)
    print(f"{len(paths)} PDFs in {args.out}" + (f", zipped into {args.zip}" if args.zip else ""))


if __name__ == "__main__":
    main()
