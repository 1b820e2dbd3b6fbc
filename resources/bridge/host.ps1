# ChatVox bridge host. ChatVox starts it once and keeps it running:
#   powershell.exe -NoLogo -NoProfile -NonInteractive -ExecutionPolicy Bypass -File host.ps1 -ScriptsDir DIR
#
# Protocol, one UTF-8 JSON object per line on stdin/stdout (src/bridge/hostprotocol.h):
#   first line out:  {"ready":true,"version":1}
#   requests:        {"seq":N,"op":"keys","steps":[{"keys":[{"scan":57,"ext":false}],"holdMs":100}],"gapMs":30}
#                    {"seq":N,"op":"release","keys":[{"scan":57,"ext":false}]}
#                    {"seq":N,"op":"script","path":"C:\\...\\scripts\\lights.ps1","args":["red"],"timeoutMs":10000}
#                    {"seq":N,"op":"ping"}
#   answers:         {"seq":N,"ok":true}  or  {"seq":N,"ok":false,"error":"..."}
#
# Only these fixed handlers exist. Keys go out through SendInput with KEYEVENTF_SCANCODE, so
# DirectInput games see them; holds are capped. A script runs only from the scripts folder,
# through AddCommand with each argument added as a plain string: nothing read here is ever
# evaluated as code. When the input ends (ChatVox closed or killed), held keys are released and
# the host exits at once, even in the middle of a hold or a script. A script that overruns its
# time limit is told to stop and answered at once; a script stuck in a .NET call runs on in the
# background until the call returns, and is never waited for.
#
# Test seam (tests/bridge/tst_hoste2e.cpp): when the environment variable
# CHATVOX_HOST_KEY_RECORD names a folder at start, no key is pressed: every key-down and key-up
# is appended to FOLDER/keys-<pid>.jsonl as {"pid":N,"ms":T,"scan":S,"ext":B,"up":B} (T: Unix
# time in ms), SendInput is not even compiled, and the host says so on stderr. ChatVox never sets
# it; only the environment ChatVox itself was started with can (not bridge.json, not chat).
param(
    [Parameter(Mandatory = $true)][string]$ScriptsDir
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

$MaxHoldMs = 5000
$MaxGapMs = 2000
$MaxSteps = 32
$MaxKeysPerStep = 8
$MaxArgs = 16
$MaxArgLength = 256
$MaxScriptMs = 300000

$utf8 = New-Object System.Text.UTF8Encoding($false)
$stdin = New-Object System.IO.StreamReader([Console]::OpenStandardInput(), $utf8)
$stdout = New-Object System.IO.StreamWriter([Console]::OpenStandardOutput(), $utf8)
$stdout.AutoFlush = $true
$stdout.NewLine = "`n"

$script:keyRecord = $null
if (-not [string]::IsNullOrEmpty($env:CHATVOX_HOST_KEY_RECORD)) {
    $recordPath = Join-Path $env:CHATVOX_HOST_KEY_RECORD "keys-$PID.jsonl"
    $script:keyRecord = [System.IO.File]::Open($recordPath, [System.IO.FileMode]::Append,
        [System.IO.FileAccess]::Write, [System.IO.FileShare]::ReadWrite)
    [Console]::Error.WriteLine("chatvox host: keys are recorded to $recordPath, not pressed (CHATVOX_HOST_KEY_RECORD)")
} else {
    Add-Type -TypeDefinition @'
using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

public static class ChatVoxKeyboard
{
    [StructLayout(LayoutKind.Sequential)]
    struct KEYBDINPUT { public ushort wVk; public ushort wScan; public uint dwFlags; public uint time; public IntPtr dwExtraInfo; }
    [StructLayout(LayoutKind.Sequential)]
    struct MOUSEINPUT { public int dx; public int dy; public uint mouseData; public uint dwFlags; public uint time; public IntPtr dwExtraInfo; }
    [StructLayout(LayoutKind.Explicit)]
    struct InputUnion { [FieldOffset(0)] public MOUSEINPUT mi; [FieldOffset(0)] public KEYBDINPUT ki; }
    [StructLayout(LayoutKind.Sequential)]
    struct INPUT { public uint type; public InputUnion u; }

    [DllImport("user32.dll", SetLastError = true)]
    static extern uint SendInput(uint count, INPUT[] inputs, int size);

    const uint INPUT_KEYBOARD = 1;
    const uint KEYEVENTF_EXTENDEDKEY = 0x0001;
    const uint KEYEVENTF_KEYUP = 0x0002;
    const uint KEYEVENTF_SCANCODE = 0x0008;

    public static void Send(ushort scan, bool extended, bool up)
    {
        INPUT[] inputs = new INPUT[1];
        inputs[0].type = INPUT_KEYBOARD;
        inputs[0].u.ki.wScan = scan;
        inputs[0].u.ki.dwFlags = KEYEVENTF_SCANCODE
            | (extended ? KEYEVENTF_EXTENDEDKEY : 0u) | (up ? KEYEVENTF_KEYUP : 0u);
        if (SendInput(1, inputs, Marshal.SizeOf(typeof(INPUT))) != 1)
            throw new Win32Exception(Marshal.GetLastWin32Error());
    }
}
'@
}

# One key event: SendInput, or a line in the record (test seam above).
function Send-Key([uint16]$Scan, [bool]$Ext, [bool]$Up) {
    if ($null -eq $script:keyRecord) {
        [ChatVoxKeyboard]::Send($Scan, $Ext, $Up)
        return
    }
    $ms = ([DateTime]::UtcNow - [DateTime]'1970-01-01').TotalMilliseconds
    $line = '{{"pid":{0},"ms":{1},"scan":{2},"ext":{3},"up":{4}}}' -f $PID,
        $ms.ToString('0.000', [Globalization.CultureInfo]::InvariantCulture), $Scan,
        $Ext.ToString().ToLowerInvariant(), $Up.ToString().ToLowerInvariant()
    $bytes = $utf8.GetBytes($line + "`n")
    $script:keyRecord.Write($bytes, 0, $bytes.Length)
    $script:keyRecord.Flush()
}

$script:pending = $stdin.ReadLineAsync()
$script:backlog = New-Object 'System.Collections.Generic.Queue[string]'
$script:inputEnded = $false
$script:held = New-Object 'System.Collections.Generic.List[object]'
$script:abandoned = New-Object 'System.Collections.Generic.List[object]'

# Waits up to TimeoutMs (-1: forever) for the next input line; it goes to the backlog.
function Receive-Line([int]$TimeoutMs) {
    try {
        if (-not $script:pending.Wait($TimeoutMs)) { return }
        $line = $script:pending.Result
    } catch {
        $line = $null
    }
    if ($null -eq $line) {
        $script:inputEnded = $true
        return
    }
    $script:backlog.Enqueue($line)
    $script:pending = $stdin.ReadLineAsync()
}

# Sleeps Ms while still watching the input; $false when the input ended meanwhile.
function Wait-Ms([int]$Ms) {
    $until = [DateTime]::UtcNow.AddMilliseconds($Ms)
    while (-not $script:inputEnded) {
        $left = [int][Math]::Ceiling(($until - [DateTime]::UtcNow).TotalMilliseconds)
        if ($left -le 0) { return $true }
        Receive-Line $left
    }
    return $false
}

function Test-Whole($value) {
    return ($value -is [int]) -or ($value -is [long])
}

function Get-Key($key) {
    if (-not (Test-Whole $key.scan)) { throw 'a scan code must be a whole number' }
    if ($key.scan -lt 1 -or $key.scan -gt 0x7F) { throw "scan code $($key.scan) is out of range" }
    if (-not ($key.ext -is [bool])) { throw 'ext must be true or false' }
    return New-Object PSObject -Property @{ Scan = [uint16]$key.scan; Ext = [bool]$key.ext }
}

function Release-All {
    for ($i = $script:held.Count - 1; $i -ge 0; $i--) {
        $key = $script:held[$i]
        try { Send-Key $key.Scan $key.Ext $true } catch { }
    }
    $script:held.Clear()
}

function Clamp([int]$value, [int]$min, [int]$max) {
    return [Math]::Min([Math]::Max($value, $min), $max)
}

function Invoke-Keys($request) {
    $steps = @($request.steps)
    if ($steps.Count -lt 1 -or $steps.Count -gt $MaxSteps) { throw "a keys request needs 1 to $MaxSteps steps" }
    if (-not (Test-Whole $request.gapMs)) { throw 'gapMs must be a whole number' }
    $gap = Clamp $request.gapMs 0 $MaxGapMs
    # Check everything before the first key goes down.
    $plan = @()
    foreach ($step in $steps) {
        $keys = @($step.keys)
        if ($keys.Count -lt 1 -or $keys.Count -gt $MaxKeysPerStep) { throw "a step presses 1 to $MaxKeysPerStep keys" }
        if (-not (Test-Whole $step.holdMs)) { throw 'holdMs must be a whole number' }
        $resolved = @()
        foreach ($key in $keys) { $resolved += Get-Key $key }
        $plan += , (New-Object PSObject -Property @{ Keys = $resolved; Hold = (Clamp $step.holdMs 0 $MaxHoldMs) })
    }
    $first = $true
    foreach ($step in $plan) {
        if (-not $first) {
            if (-not (Wait-Ms $gap)) { return }
        }
        $first = $false
        $completed = $false
        try {
            foreach ($key in $step.Keys) {
                Send-Key $key.Scan $key.Ext $false
                $script:held.Add($key)
            }
            $completed = Wait-Ms $step.Hold
        } finally {
            Release-All
        }
        if (-not $completed) { return }
    }
}

function Invoke-Release($request) {
    foreach ($entry in @($request.keys)) {
        $key = Get-Key $entry
        Send-Key $key.Scan $key.Ext $true
    }
}

function Invoke-Script($request) {
    if (-not ($request.path -is [string])) { throw 'path must be a text' }
    $full = [System.IO.Path]::GetFullPath($request.path)
    $folder = [System.IO.Path]::GetFullPath($ScriptsDir).TrimEnd([char]'\', [char]'/')
    $parent = [System.IO.Path]::GetDirectoryName($full)
    if (-not [string]::Equals($parent, $folder, [StringComparison]::OrdinalIgnoreCase)) { throw 'the script is not in the scripts folder' }
    if (-not $full.EndsWith('.ps1', [StringComparison]::OrdinalIgnoreCase)) { throw 'only .ps1 scripts run' }
    if (-not [System.IO.File]::Exists($full)) { throw "there is no script $full" }
    $arguments = @($request.args)
    if ($arguments.Count -gt $MaxArgs) { throw "at most $MaxArgs arguments" }
    foreach ($argument in $arguments) {
        if (-not ($argument -is [string]) -or $argument.Length -gt $MaxArgLength) { throw "arguments are texts of at most $MaxArgLength characters" }
    }
    if (-not (Test-Whole $request.timeoutMs)) { throw 'timeoutMs must be a whole number' }
    $timeout = Clamp $request.timeoutMs 1000 $MaxScriptMs

    Clear-Abandoned
    $state = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
    # Execution policies exist on Windows only; elsewhere Open() fails when one is set.
    if ([Environment]::OSVersion.Platform -eq [PlatformID]::Win32NT) {
        $state.ExecutionPolicy = [Microsoft.PowerShell.ExecutionPolicy]::Bypass
    }
    $runspace = [System.Management.Automation.Runspaces.RunspaceFactory]::CreateRunspace($state)
    $shell = [System.Management.Automation.PowerShell]::Create()
    $running = $false
    try {
        $runspace.Open()
        $shell.Runspace = $runspace
        [void]$shell.AddCommand($full)
        foreach ($argument in $arguments) { [void]$shell.AddArgument($argument) }
        $async = $shell.BeginInvoke()
        $running = $true
        $until = [DateTime]::UtcNow.AddMilliseconds($timeout)
        # Watch the script, its time limit and the input (its end stops the script) together.
        # Stop() would wait for a script stuck in a .NET call: ask it to stop and go on.
        while (-not $async.IsCompleted) {
            if ($script:pending.IsCompleted) { Receive-Line 0 }
            if ($script:inputEnded) { return }
            $left = [int][Math]::Ceiling(($until - [DateTime]::UtcNow).TotalMilliseconds)
            if ($left -le 0) { throw "the script ran longer than $timeout ms and was told to stop" }
            [void]$async.AsyncWaitHandle.WaitOne([Math]::Min($left, 50))
        }
        $running = $false
        [void]$shell.EndInvoke($async)
        if ($shell.HadErrors -and $shell.Streams.Error.Count -gt 0) {
            throw "the script reported: $($shell.Streams.Error[0])"
        }
    } finally {
        if ($running) {
            $stopping = $shell.BeginStop($null, $null)
            $script:abandoned.Add((New-Object PSObject -Property @{ Shell = $shell; Runspace = $runspace; Stopping = $stopping }))
        } else {
            $shell.Dispose()
            $runspace.Dispose()
        }
    }
}

# Disposes the scripts told to stop that have stopped by now (Dispose waits for the others).
function Clear-Abandoned {
    for ($i = $script:abandoned.Count - 1; $i -ge 0; $i--) {
        $entry = $script:abandoned[$i]
        if ($entry.Stopping.IsCompleted) {
            $entry.Shell.Dispose()
            $entry.Runspace.Dispose()
            $script:abandoned.RemoveAt($i)
        }
    }
}

function Send-Reply($seq, [bool]$ok, $message) {
    $reply = [ordered]@{ seq = $seq; ok = $ok }
    if (-not $ok) { $reply.error = [string]$message }
    $stdout.WriteLine((ConvertTo-Json -InputObject $reply -Compress))
}

$stdout.WriteLine('{"ready":true,"version":1}')
try {
    while ($true) {
        if ($script:backlog.Count -eq 0) {
            if ($script:inputEnded) { break }
            Receive-Line -1
            continue
        }
        $line = $script:backlog.Dequeue()
        if ([string]::IsNullOrWhiteSpace($line)) { continue }
        $seq = [long]0
        try {
            $request = ConvertFrom-Json -InputObject $line
            if (-not (Test-Whole $request.seq) -or $request.seq -lt 0) { throw 'seq must be a whole number' }
            $seq = [long]$request.seq
            switch -CaseSensitive ([string]$request.op) {
                'keys' { Invoke-Keys $request }
                'release' { Invoke-Release $request }
                'script' { Invoke-Script $request }
                'ping' { }
                default { throw 'unknown op' }
            }
            if ($script:inputEnded) { break }
            Send-Reply $seq $true $null
        } catch {
            Release-All
            if ($script:inputEnded) { break }
            Send-Reply $seq $false $_.Exception.Message
        }
    }
} finally {
    Release-All
    if ($null -ne $script:keyRecord) { $script:keyRecord.Dispose() }
    Clear-Abandoned
    # A script still stuck in a .NET call would keep the process alive: end it now.
    if ($script:abandoned.Count -gt 0) { [Environment]::Exit(0) }
}
