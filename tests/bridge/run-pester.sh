#!/bin/sh
# ctest host_pester: tests/bridge/host.Tests.ps1 under PowerShell 7 with Pester 5, as
# scripts/dev test installs them (dotnet tool install PowerShell; Pester from NuGet). Skips with
# exit code 77 when either is missing (a machine without the .NET SDK).
#   CHATVOX_PWSH     pwsh to use (default: pwsh on PATH, then ~/.dotnet/tools/pwsh)
#   CHATVOX_PESTER   Pester.psd1 to import (default: scripts/dev's copy under ~/.cache/chatvox)
here=$(cd "$(dirname "$0")" && pwd)
pwsh=${CHATVOX_PWSH:-$(command -v pwsh || echo "$HOME/.dotnet/tools/pwsh")}
pester=${CHATVOX_PESTER:-${XDG_CACHE_HOME:-$HOME/.cache}/chatvox/pester/pester/5.7.1/tools/Pester.psd1}
if [ ! -x "$pwsh" ]; then
    echo "host_pester skipped: no pwsh (scripts/dev test installs it where dotnet is present)"
    exit 77
fi
if [ ! -f "$pester" ]; then
    echo "host_pester skipped: no Pester at $pester (scripts/dev test saves it from NuGet)"
    exit 77
fi
export POWERSHELL_TELEMETRY_OPTOUT=1 POWERSHELL_UPDATECHECK=Off
export CHATVOX_PESTER_MODULE="$pester" CHATVOX_PESTER_TESTS="$here/host.Tests.ps1"
exec "$pwsh" -NoLogo -NoProfile -NonInteractive -Command '
    $ErrorActionPreference = "Stop"
    Import-Module -Name $env:CHATVOX_PESTER_MODULE
    $config = New-PesterConfiguration
    $config.Run.Path = $env:CHATVOX_PESTER_TESTS
    $config.Run.Exit = $true
    $config.Output.Verbosity = "Detailed"
    $config.Output.RenderMode = "Plaintext"
    Invoke-Pester -Configuration $config'
