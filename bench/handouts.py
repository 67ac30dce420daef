"""Benchmark: a class set of handouts for 30 students next to a bare reportlab document.

The class set is 30 personal worksheets (each a named page and a nameless private page), the
partnership overview, the partnership cards and the help cards (four PDF files). With
`--lesson ID` it is instead "Everything for lesson N" from the shipped Danish pack: worksheets,
teacher guide, whatever the lesson's materials print (sorting cards for eight groups, the sheet
for colleagues …), help cards and the partnerships. The bare document is the same number of
files and pages drawn straight with reportlab (one title and 30 lines of text per page, the
same embedded font).
Each side runs in its own process so peak memory (ru_maxrss) is its own; inside it the first
(cold: imports, fonts) run is timed on its own, then the median of warm runs, with tracemalloc's
peak over one warm run.

    .venv/bin/python bench/handouts.py [--runs N] [--lesson ID]

Goal (issue 7): the class set under 1 s on the classroom PC and within 2x the bare document.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STUDENTS = 30
GIVEN = ("Søren", "Ĳsbrand", "Łucja", "Ağrı", "Дмитрий", "Αλέξανδρος", "Ngọc Ánh", "فاطمة")
FAMILY = ("Ærø", "van der Berg", "Żółkiewska", "Yılmaz", "Шевченко", "Νικολάου", "Nguyễn")


def class_set_requests(lesson_id: str = "") -> list[object]:
    from netwerk_desktop.handouts import (
        Exercise,
        HandoutContext,
        HandoutRequest,
        HelpCardsInput,
        Partnership,
        PartnershipCardsInput,
        PartnershipGroup,
        PartnershipOverviewInput,
        WorksheetInput,
    )

    names = tuple(
        f"{GIVEN[index % len(GIVEN)]} {FAMILY[index % len(FAMILY)]}" for index in range(STUDENTS)
    )
    pairs = [names[index : index + 2] for index in range(0, STUDENTS, 2)]
    groups = tuple(
        PartnershipGroup(number // 2 + 1, tuple(Partnership(p) for p in pairs[number : number + 2]))
        for number in range(0, len(pairs), 2)
    )
    if lesson_id:
        return lesson_set_requests(lesson_id, names, groups)
    worksheet = WorksheetInput(
        lesson_title="Fællesskab i klassen",
        lesson_number=1,
        goals=(
            "I taler om, hvad der gør en klasse god at være i.",
            "Du lærer din makker at kende.",
        ),
        exercises=(
            Exercise("Hils på din makker", "Find din makker, og fortæl om en god ting fra ugen."),
            Exercise(
                "Enten eller",
                "Gå til den side af lokalet, der passer bedst på dig. " * 3,
                ("Hvad talte I om?",),
                3,
            ),
        ),
        private=(
            Exercise(
                "Din del",
                "Skriv for dig selv.",
                (
                    "Hvad gør, at du føler dig velkommen i en gruppe?",
                    "Hvad kan du selv gøre i næste uge, for at nogen føler sig velkommen?",
                ),
                3,
            ),
        ),
        students=names,
    )
    context = HandoutContext.for_class(
        "2.b", language="da", printed_on=date(2026, 11, 21), school_name="Nordby Gymnasium"
    )
    return [
        HandoutRequest(context, worksheet),
        HandoutRequest(context, PartnershipOverviewInput(groups)),
        HandoutRequest(context, PartnershipCardsInput(groups)),
        HandoutRequest(context, HelpCardsInput(cards=STUDENTS)),
    ]


def lesson_set_requests(
    lesson_id: str, names: tuple[str, ...], groups: tuple[object, ...]
) -> list[object]:
    """What the handout service makes for "Everything for lesson N", from the real pack."""
    from netwerk_desktop.content import load_pack
    from netwerk_desktop.handouts import (
        ColleagueSheetInput,
        HandoutContext,
        HandoutKind,
        HandoutRequest,
        HelpCardsInput,
        PartnershipCardsInput,
        PartnershipOverviewInput,
    )
    from netwerk_desktop.services.handout_content import (
        help_contacts,
        sorting_input,
        teacher_guide_input,
        worksheet_input,
    )
    from netwerk_desktop.services.handout_records import lesson_set_kinds

    pack = load_pack("da")
    lesson = pack.lesson(lesson_id)
    assert lesson is not None and pack.help is not None, lesson_id
    context = HandoutContext.for_class(
        "2.b", language="da", printed_on=date(2026, 11, 21), school_name="Nordby Gymnasium"
    )
    made = {
        HandoutKind.WORKSHEET: lambda: worksheet_input(lesson, names),
        HandoutKind.TEACHER_GUIDE: lambda: teacher_guide_input(
            lesson, {a.id: a for a in pack.activities}
        ),
        HandoutKind.SORTING_CARDS: lambda: sorting_input(lesson, len(groups)),
        HandoutKind.HELP_CARDS: lambda: HelpCardsInput(help_contacts(pack.help), STUDENTS),
        HandoutKind.PARTNERSHIP_OVERVIEW: lambda: PartnershipOverviewInput(groups),
        HandoutKind.PARTNERSHIP_CARDS: lambda: PartnershipCardsInput(groups),
        HandoutKind.COLLEAGUE_SHEET: lambda: ColleagueSheetInput(groups),
    }
    kinds, _ = lesson_set_kinds(lesson, has_partnerships=True, has_charter=False)
    return [HandoutRequest(context, made[kind]()) for kind in kinds if kind in made]  # type: ignore[arg-type]


def make_class_set(folder: Path, lesson_id: str = "") -> list[int]:
    from netwerk_desktop.handouts import render_class_set

    result = render_class_set(class_set_requests(lesson_id), folder)  # type: ignore[arg-type]
    return [handout.pages for handout in result.handouts]


def make_bare(folder: Path, page_counts: list[int]) -> list[int]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    font_file = ROOT / "resources" / "fonts" / "NotoSans-Regular.ttf"
    if "BareSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareSans", str(font_file)))
    line = "Hvad gør, at du føler dig velkommen i en gruppe? Søren Ærø"
    for number, pages in enumerate(page_counts):
        canvas = Canvas(
            str(folder / f"bare-{number}.pdf"), pageCompression=1, initialFontName="BareSans"
        )
        for _ in range(pages):
            canvas.setFont("BareSans", 20)
            canvas.drawString(50, 780, "Fællesskab i klassen")
            canvas.setFont("BareSans", 10.5)
            for row in range(30):
                canvas.drawString(50, 740 - row * 20, line)
            canvas.showPage()
        canvas.save()
    return page_counts


def measure(job: Callable[[Path], list[int]], runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        pages = job(Path(folder))
        cold = time.perf_counter() - start
        warm = []
        for _ in range(runs):
            start = time.perf_counter()
            job(Path(folder))
            warm.append(time.perf_counter() - start)
        tracemalloc.start()
        job(Path(folder))
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        size = sum(path.stat().st_size for path in Path(folder).iterdir())
    return {
        "pages": pages,
        "cold_s": cold,
        "warm_median_s": statistics.median(warm),
        "warm_min_s": min(warm),
        "traced_peak_mib": traced_peak / 2**20,
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "bytes": size,
    }


def child(side: str, runs: int, page_counts: list[int], lesson_id: str) -> None:
    if side == "class-set":
        figures = measure(lambda folder: make_class_set(folder, lesson_id), runs)
    else:
        figures = measure(lambda folder: make_bare(folder, page_counts), runs)
    print(json.dumps(figures))


def run_side(side: str, runs: int, page_counts: list[int], lesson_id: str) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", side, "--runs", str(runs)]
    command += ["--pages", ",".join(map(str, page_counts)), "--lesson", lesson_id]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result: dict[str, object] = json.loads(output.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--child", choices=("class-set", "bare"))
    parser.add_argument("--pages", default="")
    parser.add_argument("--lesson", default="", help="e.g. loneliness-languish")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.runs, [int(n) for n in args.pages.split(",") if n], args.lesson)
        return
    ours = run_side("class-set", args.runs, [], args.lesson)
    pages = ours["pages"]
    assert isinstance(pages, list)
    bare = run_side("bare", args.runs, pages, args.lesson)
    what = f'"Everything for lesson {args.lesson}"' if args.lesson else "Class set"
    print(f"{what} for {STUDENTS} students: {sum(pages)} pages in {len(pages)} files {pages}")
    print(f"{'':24}{'class set':>12}{'bare reportlab':>16}{'ratio':>8}")
    rows = (
        ("cold run (s)", "cold_s", "{:.3f}"),
        ("warm run, median (s)", "warm_median_s", "{:.3f}"),
        ("warm run, best (s)", "warm_min_s", "{:.3f}"),
        ("tracemalloc peak (MiB)", "traced_peak_mib", "{:.1f}"),
        ("process max RSS (MiB)", "maxrss_mib", "{:.1f}"),
        ("PDF bytes", "bytes", "{:.0f}"),
    )
    for label, key, form in rows:
        a, b = float(ours[key]), float(bare[key])  # type: ignore[arg-type]
        print(f"{label:24}{form.format(a):>12}{form.format(b):>16}{a / b:>8.2f}")
    warm = float(ours["warm_median_s"])  # type: ignore[arg-type]
    ratio = warm / float(bare["warm_median_s"])  # type: ignore[arg-type]
    print(
        f"goal: under 1 s -> {'met' if warm < 1 else 'NOT met'} ({warm:.3f} s); "
        f"within 2x bare -> {'met' if ratio <= 2 else 'NOT met'} ({ratio:.2f}x)"
    )


if __name__ == "__main__":
    main()
