# Figure 4, the module: many small sequential calls in one session (page 0, one workflow each).
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [uri] $Endpoint,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ApplicationId,
    [int] $Calls = 500
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchChild.psm1')
Import-Module $ModulePath
Connect-BenchStandIn -Endpoint $Endpoint -Token $Token

Measure-BenchOperation {
    $received = 0
    for ($i = 0; $i -lt $Calls; $i++) {
        $received += @(Get-LosantFlow -ApplicationId $ApplicationId -Page 0 -PerPage 1).Count
    }
    $received
}
