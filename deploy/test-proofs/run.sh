#!/usr/bin/env bash
# Proves that tests can fail: for each deliberate break (a *.patch here, a git diff against production code),
# builds a scratch worktree of HEAD with the break applied, runs the test(s) the patch names, and reports
#   PASS          the named test failed on an assertion: the break was caught
#   FAIL          the named test stayed green: the break went unnoticed
#   INCONCLUSIVE  the build broke, or the test errored (an exception, not an assertion) or did not run
# then removes the worktree. Patches run one after the other, never in parallel (each is a full build and a
# WildFly start). Exit status 0 only if every patch is PASS.
#
#   deploy/test-proofs/run.sh [name...]     names are patch files without .patch; none means all
#
# A patch starts with a header that git apply skips:
#   # break: what is broken, in words
#   # test: Class#method[,Class#method...]   (the integration tests that must fail; classes by simple name)
#
# Environment (defaults in brackets; the database is recreated by the build, so give each caller its own):
#   PROOF_DB [mdm_proofs]  PROOF_PORT_OFFSET [400]  PROOF_MGMT_PORT [10390, i.e. 9990 + offset]
#   PROOF_TIMEOUT [1800 s per patch]  PROOF_LOGS [${TMPDIR:-/tmp}/test-proofs-logs]  MVN_FLAGS [-o -B]
#   PROOF_REF [HEAD] the commit the breaks are applied to
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
db="${PROOF_DB:-mdm_proofs}"
offset="${PROOF_PORT_OFFSET:-400}"
mgmt="${PROOF_MGMT_PORT:-$((9990 + offset))}"
limit="${PROOF_TIMEOUT:-1800}"
logs="${PROOF_LOGS:-${TMPDIR:-/tmp}/test-proofs-logs}"
ref="${PROOF_REF:-HEAD}"
read -r -a mvn_flags <<< "${MVN_FLAGS:--o -B}"
commit="$(git -C "$repo" rev-parse --short "$ref")"
mkdir -p "$logs"

if [ "$#" -eq 0 ]; then
    set -- $(cd "$here" && ls *.patch | sed 's/\.patch$//')
fi

# The verdict for one run, from failsafe's XML reports: one line per named test, then an overall verdict.
verdict() {
    python3 - "$1" "$2" <<'EOF'
import glob, sys, xml.etree.ElementTree as ET
reports, wanted = sys.argv[1], [t for t in sys.argv[2].split(",") if t]
cases = {}
for path in glob.glob(reports + "/TEST-*.xml"):
    for case in ET.parse(path).getroot().iter("testcase"):
        cases[(case.get("classname").rsplit(".", 1)[-1], case.get("name"))] = case
overall = "PASS"
for test in wanted:
    cls, _, method = test.partition("#")
    case = cases.get((cls, method))
    if case is None:
        line, verdict = "did not run", "INCONCLUSIVE"
    elif case.find("failure") is not None:
        message = (case.find("failure").get("message") or "").replace("\n", " ")
        line, verdict = "failed: " + message[:400], "PASS"
    elif case.find("error") is not None:
        e = case.find("error")
        line, verdict = "errored (not an assertion): %s %s" % (e.get("type"), (e.get("message") or "")[:300]), "INCONCLUSIVE"
    elif case.find("skipped") is not None:
        line, verdict = "skipped", "INCONCLUSIVE"
    else:
        line, verdict = "stayed green", "FAIL"
    print("  %s: %s" % (test, line))
    if verdict != "PASS" and overall != "FAIL":
        overall = verdict
print(overall)
EOF
}

summary=()
for name in "$@"; do
    patch="$here/$name.patch"
    [ -f "$patch" ] || { echo "no such patch: $patch" >&2; exit 2; }
    tests="$(sed -n 's/^# test: *//p' "$patch" | head -1 | tr -d ' ')"
    [ -n "$tests" ] || { echo "$patch names no test (# test: Class#method)" >&2; exit 2; }
    log="$logs/$name.log"
    scratch="$(mktemp -d)"
    echo "== $name: $(sed -n 's/^# break: *//p' "$patch" | head -1)"
    echo "   test $tests on $commit, log $log"
    git -C "$repo" worktree add --detach --quiet "$scratch/wt" "$ref"
    result="INCONCLUSIVE"
    if ! git -C "$scratch/wt" apply "$patch"; then
        echo "  the patch does not apply to $commit"
    else
        # the unpacked Keycloak (and other local tools) of the calling checkout, instead of unpacking it again
        [ -d "$repo/.local" ] && ln -s "$repo/.local" "$scratch/wt/.local"
        set +e
        (cd "$scratch/wt" && timeout --kill-after=60 "$limit" mvn "${mvn_flags[@]}" -pl mdm-server verify \
            -Dit.db.name="$db" -Dit.port.offset="$offset" -Dit.management.port="$mgmt" \
            -Dit.test="$tests" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false) > "$log" 2>&1
        set -e
        if compgen -G "$scratch/wt/mdm-server/target/failsafe-reports/TEST-*.xml" > /dev/null; then
            lines="$(verdict "$scratch/wt/mdm-server/target/failsafe-reports" "$tests")"
            echo "$lines" | sed '$d'
            result="$(echo "$lines" | tail -1)"
        else
            echo "  no test report: the build broke before the tests ran (see the log)"
        fi
    fi
    echo "   $result"
    summary+=("$result $name")
    git -C "$repo" worktree remove --force "$scratch/wt"
    rm -rf "$scratch"
done

echo "== summary ($commit, $(date -u +%Y-%m-%dT%H:%MZ))"
printf '  %s\n' "${summary[@]}"
! printf '%s\n' "${summary[@]}" | grep -qv '^PASS '
