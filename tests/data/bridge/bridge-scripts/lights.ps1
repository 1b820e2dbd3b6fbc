# Example bridge script. ChatVox runs it only with the fixed arguments bridge.json declares
# for the viewer's choice ("!lights red" gives "Red"), never with the viewer's own text.
param([Parameter(Mandatory = $true)][ValidateSet('Red', 'Blue')][string]$Color)
Set-Content -Path (Join-Path $env:TEMP 'chatvox-lights.txt') -Value $Color
