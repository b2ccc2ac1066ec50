#!/usr/bin/env bash
# Fuzzes each reader of users' data for a while (Jazzer, coverage-guided), one target after another.
#   scripts/fuzz.sh            every target, 30 s each (their @FuzzTest maxDuration)
#   scripts/fuzz.sh csv kml    only these targets
# Targets: geoJson csv kml kmz geoPackage partialDate anyReader (atlas.fuzz.ReaderFuzzTest), settings (atlas.app.SettingsFuzzTest).
# A finding stops that target and is written as crash-<hash> into its seed folder,
# src/test/resources/atlas/{fuzz/ReaderFuzzTestInputs,app/SettingsFuzzTestInputs}/<target>/: fix the code, rename the
# file to say what it found, and commit it: from then on every build replays it. New coverage is kept in
# .cifuzz-corpus/ (not committed) so the next run starts where this one stopped.
# For a longer run, raise maxDuration on the target (e.g. "10m") for the session; do not commit that.
set -u
cd "$(dirname "$0")/.."
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(geoJson csv kml kmz geoPackage partialDate settings)
status=0
for t in "${targets[@]}"; do
  class=atlas.fuzz.ReaderFuzzTest
  [ "$t" = settings ] && class=atlas.app.SettingsFuzzTest
  echo "== fuzzing $t"
  JAZZER_FUZZ=1 mvn -B -q test -Dfuzz.skip=true -Dtest="$class#$t" -Dsurefire.failIfNoSpecifiedTests=false || status=1
done
exit $status
