# Figure 5, the module: imports an import document file with Import-LosantFlow -Path.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [uri] $Endpoint,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ApplicationId,
    [Parameter(Mandatory)] [string] $Path
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchChild.psm1')
Import-Module $ModulePath
Connect-BenchStandIn -Endpoint $Endpoint -Token $Token

Measure-BenchOperation {
    @((Import-LosantFlow -ApplicationId $ApplicationId -Path $Path).flows).Count
}
