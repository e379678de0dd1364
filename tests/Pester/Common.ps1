# Dot-sourced by every *.Tests.ps1 in BeforeAll: imports the built module (path from LOSANTFLOWS_MODULE, set by
# Invoke-PesterSuite.ps1) and gives helpers to start a fresh stand-in of the Losant API per test file.
$ErrorActionPreference = 'Stop'
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:ModulePath = if ($env:LOSANTFLOWS_MODULE) { $env:LOSANTFLOWS_MODULE } else { Join-Path $RepoRoot 'out/LosantFlows' }
$script:StandInPath = if ($env:LOSANTFLOWS_STANDIN) { $env:LOSANTFLOWS_STANDIN } else { Join-Path $RepoRoot 'tests/LosantFlows.StandIn/bin/Release/net10.0/LosantFlows.StandIn.dll' }
$script:SharedApi = Join-Path $RepoRoot '../shared/losant-api'
$script:SamplesPath = Join-Path $RepoRoot 'samples'
Import-Module (Join-Path $RepoRoot 'scripts/StandIn.psm1') -Force
Import-Module $ModulePath -Force

function Start-TestStandIn {
    $standIn = Start-LosantStandIn -StandInPath $script:StandInPath
    $token = ConvertTo-SecureString $standIn.Token -AsPlainText -Force
    $standIn | Add-Member -NotePropertyName Connection -NotePropertyValue (Connect-Losant -Endpoint $standIn.Endpoint -Token $token -PassThru)
    $standIn
}

# Compares two values as JSON documents: same keys, same order, same values.
function ConvertTo-CanonicalJson($Value) {
    $Value | ConvertTo-Json -Depth 100 -Compress
}
