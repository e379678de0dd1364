# Figures 2 and 3, the module: lists every cloud workflow of an application, 1000 per page, into Measure-Object.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [uri] $Endpoint,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ApplicationId
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchChild.psm1')
Import-Module $ModulePath
Connect-BenchStandIn -Endpoint $Endpoint -Token $Token

Measure-BenchOperation {
    (Get-LosantFlow -ApplicationId $ApplicationId -PerPage 1000 | Measure-Object).Count
}
