#!/bin/sh
# wine-bridge-check.sh [BUILD_WIN] : the Windows code path of the bridge, under Wine.
#
# Wine has no PowerShell, so the stand-in (tests/fakes/powershell) is built as a Windows .exe
# with mingw-w64 and given to the Windows chatvox.exe with --powershell. Each case replays a
# short chat log (no dry run: the bridge really starts the stand-in) and checks what the
# stand-in recorded: how it was started (program, arguments, working folder, the host.ps1 that
# was written) and what it received; then hang, crash and the kill switch (watchdog).
#
# Needs: a Windows build of chatvox (default build/win: qt-cmake from /opt/qt6-mingw with
# -DCHATVOX_BUILD_TESTS=OFF), x86_64-w64-mingw32-g++-posix, and
# ../shared/tools/windows-cross (deploy.sh, wine-run.sh). Prints one PASS/FAIL line per check
# and exits 1 when one fails, 77 when something it needs is missing (ctest's SKIP_RETURN_CODE),
# 2 when the stand-in cannot be built or deployed. As a ctest in the Windows harness:
#   add_test(NAME windows_bridge COMMAND sh tests/bridge/wine-bridge-check.sh <windows build>)
#   set_tests_properties(windows_bridge PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build/win}
TOOLS=${CHATVOX_WINDOWS_CROSS:-$ROOT/../shared/tools/windows-cross} # a clone beside ../shared
[ -d "$TOOLS" ] || TOOLS=$ROOT/../../shared/tools/windows-cross # a worktree under wt/
for need in x86_64-w64-mingw32-g++-posix xvfb-run /usr/lib/wine/wine64; do
    command -v "$need" >/dev/null 2>&1 || { echo "SKIP: $need is missing"; exit 77; }
done
[ -f "$TOOLS/wine-run.sh" ] || { echo "SKIP: no $TOOLS/wine-run.sh"; exit 77; }
[ -f "$BUILD/dist/chatvox.exe" ] || [ -f "$BUILD/chatvox.exe" ] || [ -f "$BUILD/src/chatvox.exe" ] \
    || { echo "SKIP: no chatvox.exe in $BUILD"; exit 77; }
WORK=$(mktemp -d /tmp/chatvox-wine-bridge.XXXXXX)
DIST=$WORK/dist
failures=0

check() { # check NAME COMMAND...
    name=$1; shift
    if "$@" >/dev/null 2>&1; then echo "PASS $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}
winpath() { printf 'Z:%s' "$1" | tr / '\\'; } # Wine maps / to Z:

x86_64-w64-mingw32-g++-posix -O2 -static -o "$WORK/fake-powershell.exe" \
    "$ROOT/tests/fakes/powershell/fakepowershell.cpp" || exit 2
if [ -f "$BUILD/dist/chatvox.exe" ]; then
    DIST=$BUILD/dist # deployed already (scripts/dev windows)
else
    EXE=$BUILD/src/chatvox.exe
    [ -f "$EXE" ] || EXE=$BUILD/chatvox.exe
    sh "$TOOLS/deploy.sh" "$EXE" "$DIST" >"$WORK/deploy.log" 2>&1 || exit 2
    grep unresolved "$WORK/deploy.log" && exit 2
fi

mkdir -p "$WORK/bridge-scripts"
cat >"$WORK/bridge.json" <<'EOF'
{
  "enabled": true,
  "actions": [
    {"id": "jump", "kind": "keys", "keys": ["Space"], "holdMs": 50,
     "triggers": [{"command": "!jump"}]},
    {"id": "hold", "kind": "keys", "keys": ["LShift"], "holdMs": 5000,
     "triggers": [{"command": "!hold"}]}
  ]
}
EOF
line() { # line MS LOGIN TEXT [BADGES]
    printf '@badges=%s;id=%s%s;tmi-sent-ts=%s;user-id=%s :%s!%s@%s.tmi.twitch.tv PRIVMSG #c :%s\n' \
        "${4:-}" "$2" "$1" "$((1700000000000 + $1))" "$2" "$2" "$2" "$2" "$3"
}

# run CASE LOG [ENV...]: replays LOG through chatvox.exe with the stand-in; output in $WORK/CASE.*
run() {
    case=$1; log=$2; shift 2
    rec=$WORK/$case.received
    env "$@" CHATVOX_FAKE_PS_RECORD="$(winpath "$rec")" CHATVOX_FAKE_PS_ONCE="$(winpath "$WORK/$case.once")" \
        QT_LOGGING_RULES="chatvox.*.debug=true" QT_FORCE_STDERR_LOGGING=1 \
        timeout 120 sh "$TOOLS/wine-run.sh" "$DIST/chatvox.exe" --headless \
        --config "$(winpath "$WORK/$case.ini")" --bridge-config "$(winpath "$WORK/bridge.json")" \
        --powershell "$(winpath "$WORK/fake-powershell.exe")" --engine http://127.0.0.1:9 \
        --replay "$(winpath "$log")" >"$WORK/$case.out" 2>"$WORK/$case.err"
    echo $? >"$WORK/$case.rc"
}
starts() { [ -f "$WORK/$1.received.argv" ] && wc -l <"$WORK/$1.received.argv" || echo 0; }

# 1. Normal start: arguments, folder, host.ps1, requests.
{ line 0 viewer1 '!jump'; line 300 viewer2 '!jump ; calc.exe'; line 600 viewer3 hello; } >"$WORK/normal.log"
run normal "$WORK/normal.log"
check "normal: chatvox.exe exits 0" grep -qx 0 "$WORK/normal.rc"
check "normal: one stand-in process" test "$(starts normal)" -eq 1
ARGV=$(head -1 "$WORK/normal.received.argv" 2>/dev/null)
check "normal: fixed arguments" sh -c "printf '%s' '$ARGV' | grep -qF '\"-NoLogo\",\"-NoProfile\",\"-NonInteractive\",\"-ExecutionPolicy\",\"Bypass\",\"-File\"'"
check "normal: -File is host.ps1 in %LOCALAPPDATA%/chatvox/bridge" sh -c "printf '%s' '$ARGV' | grep -qiE '\"-File\",\"C:[^\"]*AppData.{1,2}Local.{1,2}chatvox.{1,2}bridge.{1,2}host.ps1\",\"-ScriptsDir\",\"Z:'"
check "normal: working folder is the bridge folder" sh -c "printf '%s' '$ARGV' | grep -qiE '\"cwd\":\"C:.{0,80}chatvox.{1,4}bridge\"'"
HOSTPS1=$(find "${WINEPREFIX:-$HOME/.cache/chatvox-wine}/drive_c/users" -path '*chatvox/bridge/host.ps1' 2>/dev/null | head -1)
check "normal: host.ps1 written as shipped" cmp -s "$HOSTPS1" "$ROOT/resources/bridge/host.ps1"
check "normal: two keys requests received" test "$(grep -c '"op":"keys"' "$WORK/normal.received")" -eq 2
check "normal: no viewer text received" sh -c "! grep -q 'calc' '$WORK/normal.received'"

# 2. Hung host: killed after its deadline, restarted, the held key released first.
{ line 0 viewer1 '!jump'; line 300 viewer2 '!jump'; } >"$WORK/hang.log"
run hang "$WORK/hang.log" CHATVOX_FAKE_PS_HANG_AT=1
check "hang: exits 0" grep -qx 0 "$WORK/hang.rc"
check "hang: the stand-in hung on the first request" grep -q '"event":"hang"' "$WORK/hang.received.events"
check "hang: restarted" test "$(starts hang)" -eq 2
check "hang: new host releases Space first" sh -c "sed -n 2p '$WORK/hang.received' | grep '\"op\":\"release\"' | grep -q '\"scan\":57'"
check "hang: the next action ran on the new host" sh -c "grep '\"event\":\"answered\"' '$WORK/hang.received.events' | grep -q '\"detail\":\"2\"'"

# 3. Crashed host: restarted.
run crash "$WORK/hang.log" CHATVOX_FAKE_PS_CRASH_AT=1
check "crash: exits 0" grep -qx 0 "$WORK/crash.rc"
check "crash: the stand-in crashed on the first request" grep -q '"event":"crash"' "$WORK/crash.received.events"
check "crash: restarted" test "$(starts crash)" -eq 2
check "crash: the next action ran on the new host" sh -c "grep '\"event\":\"answered\"' '$WORK/crash.received.events' | grep -q '\"detail\":\"2\"'"

# 4. Kill switch: a moderator's !stop during a 5 s hold.
{ line 0 viewer1 '!hold'; line 1500 mod1 '!stop' 'moderator/1'; line 1800 viewer2 '!jump'; } >"$WORK/kill.log"
run kill "$WORK/kill.log"
END=$(date +%s%3N)
check "kill: exits 0" grep -qx 0 "$WORK/kill.rc"
check "kill: the hold started" grep -q '"event":"holding"' "$WORK/kill.received.events"
check "kill: the hold never finished (process killed)" sh -c "! grep -q '\"event\":\"released\"' '$WORK/kill.received.events'"
check "kill: no release host needed (released in-process with SendInput)" test "$(starts kill)" -eq 1
check "kill: the later !jump was not sent (disarmed)" test "$(grep -c '"op"' "$WORK/kill.received")" -eq 1
HELD=$(grep '"event":"holding"' "$WORK/kill.received.events" | sed 's/.*"ms":\([0-9]*\).*/\1/')
check "kill: chatvox.exe was done before the 5 s hold could end" test $((END - HELD)) -lt 5000
echo "kill case: chatvox.exe (and Wine) done $((END - HELD)) ms after the hold began; the log's !stop came 1500 ms after !hold"
if [ "$failures" -eq 0 ]; then
    echo "all Windows bridge checks passed"
    rm -rf "$WORK"
else
    echo "$failures check(s) failed; logs in $WORK"
    exit 1
fi
