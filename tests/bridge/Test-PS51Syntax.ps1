# Checks that PowerShell files use no syntax newer than Windows PowerShell 5.1, which is what most
# streamers have (powershell.exe), with PowerShell's own parser (System.Management.Automation.
# Language). It runs under PowerShell 7, whose parser knows the newer syntax, and writes one line
# per finding, "path:line:column: what"; exit code 1 when there is any (or a file does not parse).
#   pwsh -NoProfile -File tests/bridge/Test-PS51Syntax.ps1 resources/bridge/host.ps1 ...
# host.Tests.ps1 runs it on host.ps1 and the example scripts, and on samples of each construct.
param(
    [Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Path
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

# Token kinds that PowerShell 5.1 does not have (compared by name: 5.1 lacks the enum values).
$newTokens = @{
    'QuestionMark' = 'the ternary operator ?: (PowerShell 7)'
    'QuestionQuestion' = 'the ?? operator (PowerShell 7)'
    'QuestionQuestionEquals' = 'the ??= operator (PowerShell 7)'
    'QuestionDot' = 'the ?. operator (PowerShell 7.1; ${x}?.y, as $x?.y is the variable "x?")'
    'QuestionLBracket' = 'the ?[] operator (PowerShell 7.1)'
    'AndAnd' = 'the && pipeline chain (PowerShell 7)'
    'OrOr' = 'the || pipeline chain (PowerShell 7)'
    'Clean' = 'a clean block (PowerShell 7.3)'
}
# Parameters that PowerShell 5.1's cmdlets do not have, by cmdlet (and its aliases).
$newParameters = @{
    'ForEach-Object' = @('Parallel', 'ThrottleLimit', 'AsJob', 'TimeoutSeconds', 'UseNewRunspace')
    'ConvertFrom-Json' = @('AsHashtable', 'Depth', 'NoEnumerate')
    'ConvertTo-Json' = @('EscapeHandling', 'AsArray')
    'Get-Content' = @('AsByteStream')
    'Set-Content' = @('AsByteStream')
    'Add-Content' = @('AsByteStream')
}
$aliases = @{ 'foreach' = 'ForEach-Object'; '%' = 'ForEach-Object'; 'gc' = 'Get-Content'; 'sc' = 'Set-Content'; 'ac' = 'Add-Content' }
# Encodings 5.1's -Encoding does not know (it writes UTF-8 with a BOM as "UTF8").
$newEncodings = @('utf8NoBOM', 'utf8BOM', 'ansi')

$findings = New-Object 'System.Collections.Generic.List[string]'
function Add-Finding([string]$File, $Extent, [string]$What) {
    $findings.Add(('{0}:{1}:{2}: {3}' -f $File, $Extent.StartLineNumber, $Extent.StartColumnNumber, $What))
}

foreach ($file in $Path) {
    $full = (Resolve-Path -LiteralPath $file).Path
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($full, [ref]$tokens, [ref]$errors)
    foreach ($e in $errors) { Add-Finding $file $e.Extent "does not parse: $($e.Message)" }

    foreach ($token in $tokens) {
        $kind = $token.Kind.ToString()
        if ($newTokens.ContainsKey($kind)) { Add-Finding $file $token.Extent $newTokens[$kind] }
        # `e and `u{...} escapes came with PowerShell 6.
        if ($kind -eq 'StringExpandable' -or $kind -eq 'HereStringExpandable') {
            if ($token.Text -cmatch '`e|`u\{') { Add-Finding $file $token.Extent 'the `e or `u{} escape (PowerShell 6)' }
        }
    }

    foreach ($command in $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)) {
        $name = $command.GetCommandName()
        if ($null -eq $name) { continue }
        if ($aliases.ContainsKey($name.ToLowerInvariant())) { $name = $aliases[$name.ToLowerInvariant()] }
        $cmdlet = $null
        foreach ($known in $newParameters.Keys) { if ($known -eq $name) { $cmdlet = $known } }
        $elements = @($command.CommandElements)
        for ($i = 0; $i -lt $elements.Count; $i++) {
            $element = $elements[$i]
            if (-not ($element -is [System.Management.Automation.Language.CommandParameterAst])) { continue }
            if ($null -ne $cmdlet) {
                foreach ($parameter in $newParameters[$cmdlet]) {
                    # PowerShell takes any unambiguous prefix of a parameter name (-Par for -Parallel).
                    if ($element.ParameterName.Length -ge 3 -and $parameter.StartsWith($element.ParameterName, [StringComparison]::OrdinalIgnoreCase)) {
                        Add-Finding $file $element.Extent "$cmdlet -$parameter (not in PowerShell 5.1)"
                    }
                }
            }
            if ('Encoding'.StartsWith($element.ParameterName, [StringComparison]::OrdinalIgnoreCase) -and $element.ParameterName.Length -ge 3) {
                $value = $element.Argument
                if ($null -eq $value -and $i + 1 -lt $elements.Count) { $value = $elements[$i + 1] }
                if ($null -ne $value -and $newEncodings -contains $value.Extent.Text.Trim("'", '"')) {
                    Add-Finding $file $value.Extent "-Encoding $($value.Extent.Text) (not in PowerShell 5.1)"
                }
            }
        }
    }
}

foreach ($finding in $findings) { Write-Output $finding }
if ($findings.Count -gt 0) { exit 1 }
exit 0
