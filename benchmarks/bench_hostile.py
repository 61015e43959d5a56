"""Hostile input stays linear: each text is timed at size n and 4n; the ratio should be near 4
(numbers and dates at n; full extraction with claims at n/10).

    python3 benchmarks/bench_hostile.py [--size 250000]
"""
from __future__ import annotations

import argparse
import time

HOSTILE = {
    "digits and commas": "1,",
    "digits": "9",
    "January repeated": "January ",
    "number words": "one hundred and ",
    "years in words": "May nineteen hundred and ",
    "dashes": "1-",
    "spaced groups": "1 000 ",
    "between ... and": "between 5 and ",
    "years": "2019 ",
    "currency symbols": "$",
    "minus signs": "- ",
    "slashed days": "from 10/25 to 1/25-",
    "margins and rates": "9.8 +/- 0.1 m/s2 per ",
    "tens, ages and schedules": "highs in the mid-40s, the suspect, 22, he was 84, set the vote for Friday and ",
    "age lists, heights, lower-case months": "ages 11, 13 and 14, 5 ' 2 \", 6-foot-2, in march but a 47-page ",
    "addresses, toll-free, plurals of numbers": "1652 park w. 34th st. 1-800-quit-a-b tens of thousands of about an hour ",
    "two units, tense on a long clause": "he will meet them on Monday and had met them this weekend for 3 hours 20 minutes ",
}
# full extraction (statuses, speakers, entities) on one endless sentence: the work per sentence must stay bounded
HOSTILE_CLAIMS = {
    "status words, no full stop": "the bill passed the Senate and ",
    "speakers, no full stop": "Mr. Smith’s lawyer, a spokesman for the group, said ",
    "papers, no full stop": "according to a new study from the Pew Center filed in 2019 and U.S. and Iranian officials said ",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=250_000, help="characters at the smaller size")
    a = ap.parse_args()
    from factdiff.extract import extract_text
    extract_text("warm up 5")
    print(f"{'input':28s} {'n':>9s} {'t(n) s':>8s} {'t(4n) s':>8s} {'ratio':>6s}")
    for name, unit in HOSTILE.items():
        times = []
        for n in (a.size, 4 * a.size):
            text = (unit * (n // len(unit) + 1))[:n]
            t = time.perf_counter()
            extract_text(text)
            times.append(time.perf_counter() - t)
        print(f"{name:28s} {a.size:9d} {times[0]:8.2f} {times[1]:8.2f} {times[1] / max(times[0], 1e-9):6.1f}")
    import factdiff
    factdiff.extract("The Senate passed the bill, Mr. Smith said.")     # warm up the claim readers
    small = max(1000, a.size // 10)          # full extraction is slower: a tenth of the size
    for name, unit in HOSTILE_CLAIMS.items():
        times = []
        for n in (small, 4 * small):
            text = (unit * (n // len(unit) + 1))[:n]
            t = time.perf_counter()
            factdiff.extract(text)
            times.append(time.perf_counter() - t)
        print(f"{name:28s} {small:9d} {times[0]:8.2f} {times[1]:8.2f} {times[1] / max(times[0], 1e-9):6.1f}")


if __name__ == "__main__":
    main()
