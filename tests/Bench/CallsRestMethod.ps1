# Figure 4, the baseline: the same request sent with Invoke-RestMethod, sequentially.
param(
    [Parameter(Mandatory)] [uri] $Endpoint,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ApplicationId,
    [int] $Calls = 500
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchChild.psm1')
$headers = @{ Authorization = "Bearer $Token" }
$uri = Get-BenchFlowsUri $Endpoint $ApplicationId 0 1

Measure-BenchOperation {
    $received = 0
    for ($i = 0; $i -lt $Calls; $i++) {
        $received += @((Invoke-RestMethod -Uri $uri -Headers $headers).items).Count
    }
    $received
}
