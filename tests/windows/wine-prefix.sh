#!/bin/sh
# wine-prefix.sh PREFIX HOME: creates the Wine prefix the Windows tests share, once (ctest
# fixture "wine"; ~10 s). Its HOME is a folder of the build tree, so Wine's Desktop and
# Documents links and menu entries never touch the real home. Does nothing when the prefix
# exists already or when there is no Wine (the tests then skip).
set -eu
prefix=$1
home=$2
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine || true)
if [ -z "$wine" ]; then
    echo "wine-prefix: Wine is not installed; the Windows tests will skip"
    exit 0
fi
if [ -f "$prefix/system.reg" ]; then
    echo "wine-prefix: using $prefix"
    exit 0
fi
mkdir -p "$home" "$(dirname "$prefix")"
export HOME="$home" WINEPREFIX="$prefix" WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
start=$(date +%s)
# Wine wants a display while it sets the prefix up; a private one, whatever its number.
display_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -f "$display_file"' EXIT
i=0
until [ -s "$display_file" ]; do
    i=$((i + 1))
    [ "$i" -lt 100 ] || { echo "wine-prefix: Xvfb did not start" >&2; exit 1; }
    sleep 0.1
done
export DISPLAY=":$(cat "$display_file")"
"$wine" wineboot --init >/dev/null 2>&1
wineserver -w
echo "wine-prefix: created $prefix in $(( $(date +%s) - start )) s"
