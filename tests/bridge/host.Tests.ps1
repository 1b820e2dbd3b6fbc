# Pester 5 tests for resources/bridge/host.ps1, run by the Windows CI workflow and, under
# PowerShell 7 on Linux, by ctest (host_pester, tests/bridge/run-pester.sh):
#   Invoke-Pester -Path tests/bridge/host.Tests.ps1 -Output Detailed
# They start host.ps1 the way ChatVox does (same PowerShell as the test run; $env:CHATVOX_PWSH
# picks another) and speak its line protocol. No key is pressed except F24 (no application uses
# it), with no hold; the keys tests that check timing use the recorder (CHATVOX_HOST_KEY_RECORD).

BeforeAll {
    $script:HostScript = (Resolve-Path (Join-Path $PSScriptRoot '../../resources/bridge/host.ps1')).Path
    $script:Checker = Join-Path $PSScriptRoot 'Test-PS51Syntax.ps1'
    $script:RecordDir = Join-Path $TestDrive 'record'
    # The newest key record: named after the host's own PID, which is not the started
    # process's when pwsh is the .NET tool's launcher (it runs `dotnet pwsh.dll` as a child).
    function Get-RecordFile {
        Get-ChildItem -LiteralPath $script:RecordDir -Filter 'keys-*.jsonl' -ErrorAction SilentlyContinue |
            Sort-Object LastWriteTimeUtc | Select-Object -Last 1 -ExpandProperty FullName
    }
    New-Item -ItemType Directory -Path $script:RecordDir | Out-Null
    # The PowerShell that runs the tests. As a .NET tool (dotnet tool install PowerShell), that
    # process is dotnet running pwsh.dll, so it is started the same way.
    $script:Program = $env:CHATVOX_PWSH
    $script:ProgramPrefix = ''
    if ([string]::IsNullOrEmpty($script:Program)) {
        $script:Program = (Get-Process -Id $PID).Path
        if ([System.IO.Path]::GetFileNameWithoutExtension($script:Program) -eq 'dotnet') {
            $script:ProgramPrefix = '"' + [Environment]::GetCommandLineArgs()[0] + '" '
        }
    }
    $script:ScriptsDir = Join-Path $TestDrive 'scripts'
    New-Item -ItemType Directory -Path $script:ScriptsDir | Out-Null
    Set-Content -Path (Join-Path $script:ScriptsDir 'echo.ps1') -Value @'
param([string]$Text, [string]$Second)
Set-Content -LiteralPath (Join-Path $env:CHATVOX_TEST_OUT 'out.txt') -Value "$Text|$Second" -NoNewline -Encoding UTF8
'@
    Set-Content -Path (Join-Path $script:ScriptsDir 'sleep.ps1') -Value 'Start-Sleep -Seconds 30'
    Set-Content -Path (Join-Path $script:ScriptsDir 'fails.ps1') -Value 'Write-Error "broken on purpose"'
    Set-Content -Path (Join-Path $script:ScriptsDir 'stuck.ps1') -Value @'
Set-Content -LiteralPath (Join-Path $env:CHATVOX_TEST_OUT 'stuck.txt') -Value started
[System.Threading.Thread]::Sleep(20000)
'@
    Set-Content -Path (Join-Path $TestDrive 'outside.ps1') -Value 'Set-Content -LiteralPath (Join-Path $env:CHATVOX_TEST_OUT "outside.txt") -Value ran'

    function Start-BridgeHost([switch]$Record) {
        $psi = New-Object System.Diagnostics.ProcessStartInfo
        $psi.FileName = $script:Program
        $psi.Arguments = $script:ProgramPrefix + "-NoLogo -NoProfile -NonInteractive -ExecutionPolicy Bypass -File `"$script:HostScript`" -ScriptsDir `"$script:ScriptsDir`""
        $psi.UseShellExecute = $false
        $psi.CreateNoWindow = $true
        $psi.RedirectStandardInput = $true
        $psi.RedirectStandardOutput = $true
        $psi.RedirectStandardError = $true
        $psi.StandardOutputEncoding = New-Object System.Text.UTF8Encoding($false)
        $psi.EnvironmentVariables['CHATVOX_TEST_OUT'] = $TestDrive
        if ($Record) {
            # One host's record at a time: Get-RecordFile finds this host's.
            Remove-Item -Path (Join-Path $script:RecordDir 'keys-*.jsonl') -ErrorAction SilentlyContinue
            $psi.EnvironmentVariables['CHATVOX_HOST_KEY_RECORD'] = $script:RecordDir
        }
        else { $psi.EnvironmentVariables.Remove('CHATVOX_HOST_KEY_RECORD') }
        return [System.Diagnostics.Process]::Start($psi)
    }

    function Read-HostLine($process, [int]$TimeoutMs = 30000) {
        $task = $process.StandardOutput.ReadLineAsync()
        if (-not $task.Wait($TimeoutMs)) { throw 'host.ps1 did not answer in time' }
        return $task.Result
    }

    # Writes one request as UTF-8 bytes (not the console code page) and reads the answer.
    function Send-HostRequest($process, [string]$Json, [int]$TimeoutMs = 30000) {
        $bytes = (New-Object System.Text.UTF8Encoding($false)).GetBytes($Json + "`n")
        $process.StandardInput.BaseStream.Write($bytes, 0, $bytes.Length)
        $process.StandardInput.BaseStream.Flush()
        return (Read-HostLine $process $TimeoutMs) | ConvertFrom-Json
    }

    function Stop-BridgeHost($process) {
        try { $process.StandardInput.Close() } catch { }
        if (-not $process.WaitForExit(5000)) { $process.Kill() }
    }
}

Describe 'host.ps1 source' {
    It 'uses only fixed handlers: nothing evaluates text as code' {
        $source = Get-Content -Raw -LiteralPath $script:HostScript
        $source | Should -Not -Match 'Invoke-Expression'
        $source | Should -Not -Match '\biex\b'
        $source | Should -Not -Match 'ScriptBlock\]::Create'
        $source | Should -Not -Match 'AddScript'
        $source | Should -Not -Match 'Invoke-Command'
        $source | Should -Not -Match 'Start-Process'
        $source | Should -Not -Match 'EncodedCommand'
        $source | Should -Match 'KEYEVENTF_SCANCODE'
    }
}

Describe 'host.ps1 protocol' {
    BeforeAll {
        $script:Process = Start-BridgeHost
        $script:Ready = Read-HostLine $script:Process 60000
    }
    AfterAll {
        Stop-BridgeHost $script:Process
    }

    It 'prints the ready line first' {
        $script:Ready | Should -BeExactly '{"ready":true,"version":1}'
    }

    It 'answers a ping with its seq' {
        $reply = Send-HostRequest $script:Process '{"seq":7,"op":"ping"}'
        $reply.seq | Should -Be 7
        $reply.ok | Should -BeTrue
    }

    It 'refuses an unknown op' {
        $reply = Send-HostRequest $script:Process '{"seq":8,"op":"shell","command":"calc"}'
        $reply.seq | Should -Be 8
        $reply.ok | Should -BeFalse
        $reply.error | Should -Match 'unknown op'
    }

    It 'refuses a line that is not JSON, and goes on' {
        $reply = Send-HostRequest $script:Process 'Start-Process calc'
        $reply.seq | Should -Be 0
        $reply.ok | Should -BeFalse
        (Send-HostRequest $script:Process '{"seq":9,"op":"ping"}').ok | Should -BeTrue
    }

    It 'refuses scan codes out of range before pressing anything' {
        $reply = Send-HostRequest $script:Process '{"seq":10,"op":"keys","steps":[{"keys":[{"scan":118,"ext":false},{"scan":300,"ext":false}],"holdMs":0}],"gapMs":0}'
        $reply.ok | Should -BeFalse
        $reply.error | Should -Match 'out of range'
    }

    It 'refuses too many steps' {
        $step = '{"keys":[{"scan":118,"ext":false}],"holdMs":0}'
        $steps = (@($step) * 33) -join ','
        $reply = Send-HostRequest $script:Process "{`"seq`":11,`"op`":`"keys`",`"steps`":[$steps],`"gapMs`":0}"
        $reply.ok | Should -BeFalse
    }

    It 'answers a keys request (F24, no hold)' {
        $reply = Send-HostRequest $script:Process '{"seq":12,"op":"keys","steps":[{"keys":[{"scan":118,"ext":false}],"holdMs":0}],"gapMs":0}'
        $reply.seq | Should -Be 12
        # A CI session without a desktop may refuse SendInput; then the error says so.
        if (-not $reply.ok) { $reply.error | Should -Not -BeNullOrEmpty }
    }

    It 'answers a release request' {
        $reply = Send-HostRequest $script:Process '{"seq":13,"op":"release","keys":[{"scan":118,"ext":false}]}'
        $reply.seq | Should -Be 13
    }

    It 'runs a script of the folder with its arguments as plain strings' {
        $path = Join-Path $script:ScriptsDir 'echo.ps1'
        $fullWidth = -join [char[]](0xFF4C, 0xFF45, 0xFF46, 0xFF54) # full-width "left"
        $request = @{ seq = 14; op = 'script'; path = $path; args = @('$(Get-Date); calc', $fullWidth); timeoutMs = 20000 } | ConvertTo-Json -Compress
        $reply = Send-HostRequest $script:Process $request
        $reply.ok | Should -BeTrue
        Get-Content -Raw -Encoding UTF8 -LiteralPath (Join-Path $TestDrive 'out.txt') | Should -BeExactly ('$(Get-Date); calc|' + $fullWidth)
    }

    It 'refuses a script outside the scripts folder' {
        $request = @{ seq = 15; op = 'script'; path = (Join-Path $TestDrive 'outside.ps1'); args = @(); timeoutMs = 5000 } | ConvertTo-Json -Compress
        $reply = Send-HostRequest $script:Process $request
        $reply.ok | Should -BeFalse
        $reply.error | Should -Match 'not in the scripts folder'
        Test-Path (Join-Path $TestDrive 'outside.txt') | Should -BeFalse
    }

    It 'refuses a path that climbs out with ..' {
        $request = @{ seq = 16; op = 'script'; path = (Join-Path $script:ScriptsDir '..\outside.ps1'); args = @(); timeoutMs = 5000 } | ConvertTo-Json -Compress
        (Send-HostRequest $script:Process $request).ok | Should -BeFalse
        Test-Path (Join-Path $TestDrive 'outside.txt') | Should -BeFalse
    }

    It 'reports a script that fails' {
        $request = @{ seq = 17; op = 'script'; path = (Join-Path $script:ScriptsDir 'fails.ps1'); args = @(); timeoutMs = 20000 } | ConvertTo-Json -Compress
        $reply = Send-HostRequest $script:Process $request
        $reply.ok | Should -BeFalse
        $reply.error | Should -Match 'broken on purpose'
    }

    It 'answers at its time limit for a script stuck in a .NET call (Stop() would wait)' {
        $request = @{ seq = 20; op = 'script'; path = (Join-Path $script:ScriptsDir 'stuck.ps1'); args = @(); timeoutMs = 1000 } | ConvertTo-Json -Compress
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $reply = Send-HostRequest $script:Process $request
        $reply.ok | Should -BeFalse
        $reply.error | Should -Match 'longer than 1000 ms'
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 10
        (Send-HostRequest $script:Process '{"seq":21,"op":"ping"}').ok | Should -BeTrue
    }

    It 'stops a script that runs past its time limit' {
        $request = @{ seq = 18; op = 'script'; path = (Join-Path $script:ScriptsDir 'sleep.ps1'); args = @(); timeoutMs = 1000 } | ConvertTo-Json -Compress
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $reply = Send-HostRequest $script:Process $request
        $reply.ok | Should -BeFalse
        $reply.error | Should -Match 'longer than'
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 15
        (Send-HostRequest $script:Process '{"seq":19,"op":"ping"}').ok | Should -BeTrue
    }
}

Describe 'host.ps1 key recorder (CHATVOX_HOST_KEY_RECORD)' {
    It 'records combos and sequences as scan codes with their hold times instead of pressing them' {
        $process = Start-BridgeHost -Record
        try {
            Read-HostLine $process 60000 | Should -BeExactly '{"ready":true,"version":1}'
            $request = '{"seq":1,"op":"keys","steps":[{"keys":[{"scan":29,"ext":false},{"scan":72,"ext":true}],"holdMs":120},{"keys":[{"scan":57,"ext":false}],"holdMs":60}],"gapMs":40}'
            (Send-HostRequest $process $request).ok | Should -BeTrue
            $events = @(Get-Content -LiteralPath (Get-RecordFile) | ForEach-Object { $_ | ConvertFrom-Json })
            ($events | ForEach-Object { '{0}{1}{2}' -f $_.scan, ('', 'e')[[int]$_.ext], ('v', '^')[[int]$_.up] }) -join ' ' |
                Should -BeExactly '29v 72ev 72e^ 29^ 57v 57^'
            ($events[2].ms - $events[1].ms) | Should -BeGreaterOrEqual 119
            ($events[2].ms - $events[1].ms) | Should -BeLessThan 1000
            ($events[4].ms - $events[3].ms) | Should -BeGreaterOrEqual 39
            ($events[5].ms - $events[4].ms) | Should -BeGreaterOrEqual 59
        } finally {
            Stop-BridgeHost $process
        }
    }
}

Describe 'host.ps1 SendInput' {
    It 'compiles (Add-Type, as host.ps1 does on Windows)' {
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($script:HostScript, [ref]$null, [ref]$null)
        $addType = $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] -and $n.GetCommandName() -eq 'Add-Type' }, $true)
        @($addType).Count | Should -Be 1
        $source = @($addType)[0].CommandElements[2].Value
        $source | Should -Match 'KEYEVENTF_SCANCODE'
        { Add-Type -TypeDefinition $source } | Should -Not -Throw
        [ChatVoxKeyboard].GetMethod('Send') | Should -Not -BeNullOrEmpty
    }
}

Describe 'PowerShell 5.1 syntax (Test-PS51Syntax.ps1)' {
    It 'host.ps1 and the example scripts use nothing newer than Windows PowerShell 5.1' {
        $files = @($script:HostScript) + @(Get-ChildItem -Path (Join-Path $PSScriptRoot '../../resources/bridge'), (Join-Path $PSScriptRoot '../data/bridge/bridge-scripts') -Filter *.ps1 | ForEach-Object { $_.FullName })
        $found = & $script:Checker @files
        $LASTEXITCODE | Should -Be 0
        $found | Should -BeNullOrEmpty
    }

    It 'finds each construct newer than 5.1' {
        $sample = Join-Path $TestDrive 'new-syntax.ps1'
        Set-Content -LiteralPath $sample -Value @(
            '$a = $true ? 1 : 2'
            '$b = $null ?? 3'
            '$c ??= 4'
            'Get-Item . && Get-Item .'
            'Get-Item . || Get-Item .'
            '$d = ${x}?.Length'
            '$e = ${x}?[0]'
            '1..3 | ForEach-Object -Parallel { $_ }'
            'function f { process { } clean { } }'
            '"`e[1m"'
            'Set-Content -Path x -Value y -Encoding utf8NoBOM'
            'ConvertFrom-Json "{}" -AsHashtable'
            '$ok = 1..3 | Where-Object { $_ } | ? { $_ }'
        )
        $found = @(& $script:Checker $sample)
        $LASTEXITCODE | Should -Be 1
        $lines = $found | ForEach-Object { [int]($_ -replace '^.*\.ps1:(\d+):.*$', '$1') } | Sort-Object -Unique
        $lines | Should -Be (1..12)
        $found -join "`n" | Should -Match 'ternary'
        $found -join "`n" | Should -Match '&& pipeline chain'
        $found -join "`n" | Should -Match 'clean block'
        $found -join "`n" | Should -Match 'ForEach-Object -Parallel'
    }

    It 'reports a file that does not parse' {
        $broken = Join-Path $TestDrive 'broken.ps1'
        Set-Content -LiteralPath $broken -Value 'function f {'
        $found = @(& $script:Checker $broken)
        $LASTEXITCODE | Should -Be 1
        $found[0] | Should -Match 'does not parse'
    }
}

Describe 'host.ps1 lifetime' {
    # The recorder spares these starts the C# compile of SendInput (seconds).
    It 'exits when its input ends' {
        $process = Start-BridgeHost -Record
        Read-HostLine $process 60000 | Should -BeExactly '{"ready":true,"version":1}'
        $process.StandardInput.Close()
        $process.WaitForExit(10000) | Should -BeTrue
        $process.ExitCode | Should -Be 0
    }

    It 'exits at once when its input ends in the middle of a hold' {
        $process = Start-BridgeHost -Record
        Read-HostLine $process 60000 | Out-Null
        $bytes = [System.Text.Encoding]::ASCII.GetBytes('{"seq":1,"op":"keys","steps":[{"keys":[{"scan":118,"ext":false}],"holdMs":30000}],"gapMs":0}' + "`n")
        $process.StandardInput.BaseStream.Write($bytes, 0, $bytes.Length)
        $process.StandardInput.BaseStream.Flush()
        $record = $null
        $started = [System.Diagnostics.Stopwatch]::StartNew()
        while (-not ($record = Get-RecordFile) -or -not (Get-Content -Raw -LiteralPath $record)) {
            if ($started.Elapsed.TotalSeconds -gt 30) { throw 'F24 did not go down' }
            Start-Sleep -Milliseconds 20
        }
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $process.StandardInput.Close()
        $process.WaitForExit(20000) | Should -BeTrue
        $watch.Elapsed.TotalMilliseconds | Should -BeLessThan 10000
        # F24 went down and, on the way out, up again.
        $events = @(Get-Content -LiteralPath $record | ForEach-Object { $_ | ConvertFrom-Json })
        ($events | ForEach-Object { '{0}{1}' -f $_.scan, ('v', '^')[[int]$_.up] }) -join ' ' | Should -BeExactly '118v 118^'
    }

    It 'exits at once when its input ends while a script is stuck in a .NET call' {
        $marker = Join-Path $TestDrive 'stuck.txt'
        Remove-Item -LiteralPath $marker -ErrorAction SilentlyContinue
        $process = Start-BridgeHost -Record
        Read-HostLine $process 60000 | Out-Null
        $request = @{ seq = 1; op = 'script'; path = (Join-Path $script:ScriptsDir 'stuck.ps1'); args = @(); timeoutMs = 60000 } | ConvertTo-Json -Compress
        $bytes = (New-Object System.Text.UTF8Encoding($false)).GetBytes($request + "`n")
        $process.StandardInput.BaseStream.Write($bytes, 0, $bytes.Length)
        $process.StandardInput.BaseStream.Flush()
        $started = [System.Diagnostics.Stopwatch]::StartNew()
        while (-not (Test-Path -LiteralPath $marker)) {
            if ($started.Elapsed.TotalSeconds -gt 30) { throw 'stuck.ps1 did not start' }
            Start-Sleep -Milliseconds 20
        }
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $process.StandardInput.Close()
        $process.WaitForExit(20000) | Should -BeTrue
        $watch.Elapsed.TotalMilliseconds | Should -BeLessThan 10000
    }
}
