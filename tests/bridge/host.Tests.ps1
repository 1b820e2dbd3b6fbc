# Pester 5 tests for resources/bridge/host.ps1, for the Windows CI workflow:
#   Invoke-Pester -Path tests/bridge/host.Tests.ps1 -Output Detailed
# They start host.ps1 the way ChatVox does (same PowerShell as the test run) and speak its line
# protocol. No key is pressed except F24 (no application uses it), with no hold.

BeforeAll {
    $script:HostScript = (Resolve-Path (Join-Path $PSScriptRoot '..\..\resources\bridge\host.ps1')).Path
    $script:ScriptsDir = Join-Path $TestDrive 'scripts'
    New-Item -ItemType Directory -Path $script:ScriptsDir | Out-Null
    Set-Content -Path (Join-Path $script:ScriptsDir 'echo.ps1') -Value @'
param([string]$Text, [string]$Second)
Set-Content -LiteralPath (Join-Path $env:CHATVOX_TEST_OUT 'out.txt') -Value "$Text|$Second" -NoNewline -Encoding UTF8
'@
    Set-Content -Path (Join-Path $script:ScriptsDir 'sleep.ps1') -Value 'Start-Sleep -Seconds 30'
    Set-Content -Path (Join-Path $script:ScriptsDir 'fails.ps1') -Value 'Write-Error "broken on purpose"'
    Set-Content -Path (Join-Path $TestDrive 'outside.ps1') -Value 'Set-Content -LiteralPath (Join-Path $env:CHATVOX_TEST_OUT "outside.txt") -Value ran'

    function Start-BridgeHost {
        $psi = New-Object System.Diagnostics.ProcessStartInfo
        $psi.FileName = (Get-Process -Id $PID).Path
        $psi.Arguments = "-NoLogo -NoProfile -NonInteractive -ExecutionPolicy Bypass -File `"$script:HostScript`" -ScriptsDir `"$script:ScriptsDir`""
        $psi.UseShellExecute = $false
        $psi.CreateNoWindow = $true
        $psi.RedirectStandardInput = $true
        $psi.RedirectStandardOutput = $true
        $psi.RedirectStandardError = $true
        $psi.StandardOutputEncoding = New-Object System.Text.UTF8Encoding($false)
        $psi.EnvironmentVariables['CHATVOX_TEST_OUT'] = $TestDrive
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

Describe 'host.ps1 lifetime' {
    It 'exits when its input ends' {
        $process = Start-BridgeHost
        Read-HostLine $process 60000 | Should -BeExactly '{"ready":true,"version":1}'
        $process.StandardInput.Close()
        $process.WaitForExit(10000) | Should -BeTrue
        $process.ExitCode | Should -Be 0
    }

    It 'exits at once when its input ends in the middle of a hold' {
        $process = Start-BridgeHost
        Read-HostLine $process 60000 | Out-Null
        $bytes = [System.Text.Encoding]::ASCII.GetBytes('{"seq":1,"op":"keys","steps":[{"keys":[{"scan":118,"ext":false}],"holdMs":5000}],"gapMs":0}' + "`n")
        $process.StandardInput.BaseStream.Write($bytes, 0, $bytes.Length)
        $process.StandardInput.BaseStream.Flush()
        Start-Sleep -Milliseconds 500
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $process.StandardInput.Close()
        $process.WaitForExit(10000) | Should -BeTrue
        $watch.Elapsed.TotalMilliseconds | Should -BeLessThan 3000
    }
}
