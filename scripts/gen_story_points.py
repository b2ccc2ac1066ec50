#!/usr/bin/env python3
"""Writes N synthetic dated points in the atlas's story format (docs/DATA-FORMAT.md), deterministically.

    python3 scripts/gen_story_points.py N OUT.geojson [SEED]

One RFC 7946 FeatureCollection, one feature a line: kind "event", a full date "YYYY-MM-DD" between
1992-01-01 and 2025-12-31, one of the six categories, one source, a Point between 10°W–130°E and
25°N–65°N (so about 3 % of the points fall in any one year). The same N and SEED give the same bytes
with any Python 3 (its own splitmix64, not the random module).
"""
import sys

CATEGORIES = ["diplomacy", "economy-finance", "industry", "logistics", "military", "sanctions-conflict"]
MASK = (1 << 64) - 1
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def unit(self):
        return (self.next() >> 11) / float(1 << 53)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = SplitMix64(int(sys.argv[3]) if len(sys.argv) == 4 else 7)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"type":"FeatureCollection","name":"synthetic-%d","features":[\n' % n)
        for i in range(n):
            year = 1992 + rng.below(34)
            month = 1 + rng.below(12)
            leap = month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
            day = 1 + rng.below(DAYS_IN_MONTH[month - 1] + (1 if leap else 0))
            cat = CATEGORIES[rng.below(len(CATEGORIES))]
            lon = -10 + rng.unit() * 140
            lat = 25 + rng.unit() * 40
            f.write('{"type":"Feature","id":"syn-%d","properties":{"id":"syn-%d","kind":"event","title":"Synthetic event %d",'
                    '"start":"%04d-%02d-%02d","category":"%s","sources":[{"title":"synthetic","url":""}]},'
                    '"geometry":{"type":"Point","coordinates":[%.5f,%.5f]}}%s\n'
                    % (i, i, i, year, month, day, cat, lon, lat, "," if i + 1 < n else ""))
        f.write("]}\n")


if __name__ == "__main__":
    main()
