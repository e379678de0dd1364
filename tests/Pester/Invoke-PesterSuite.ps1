<#
.SYNOPSIS
    Runs every tests/Pester/*.Tests.ps1 against the built module, with Pester from its NuGet package, and writes
    { Passed, Failed, Completed } to -SummaryPath. Started by build.ps1 test in a child pwsh.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $StandInPath,
    [Parameter(Mandatory)] [string] $SummaryPath
)
$ErrorActionPreference = 'Stop'
$pesterVersion = '5.7.1'
$packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
Import-Module (Join-Path $packages "pester/$pesterVersion/tools/Pester.psd1") -Force

$env:LOSANTFLOWS_MODULE = (Resolve-Path $ModulePath).Path
$env:LOSANTFLOWS_STANDIN = (Resolve-Path $StandInPath).Path

$config = New-PesterConfiguration
$config.Run.Path = $PSScriptRoot
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $config

[pscustomobject]@{
    Passed    = $result.PassedCount
    Failed    = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    Completed = $result.Result -in 'Passed', 'Failed'
} | ConvertTo-Json | Set-Content -Encoding utf8 $SummaryPath
exit ([int]($result.Result -ne 'Passed'))
