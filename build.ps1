#requires -Version 7.4
<#
.SYNOPSIS
    The one entry point of the LosantFlows build.
.DESCRIPTION
    build    lays out the importable module at out/LosantFlows (LosantFlows.psd1 at its root).
    test     builds, runs the xUnit tests and the Pester tests (in a child pwsh against out/LosantFlows), prints
             'N passed, N failed' and exits non-zero on any failure.
    demo     builds, starts the stand-in of the Losant API on a free port and runs scripts/Demo.ps1 against it.
    standin  builds and serves the stand-in in the foreground (-Port, -Token, -ApplicationId).
    bench    builds, starts the stand-in (--no-contract), seeds it through the module and times the module against
             what users would write instead (Invoke-RestMethod, a bare HttpClient); prints a table of medians and writes
             out/bench/results.json (-Runs measured runs per variant after one warm-up).
    package  builds, then packs out/LosantFlows into out/LosantFlows.<version>.nupkg for the PowerShell Gallery.
    clean    removes out/ and every bin/ and obj/ folder.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 test
.EXAMPLE
    dotnet pwsh ./build.ps1 standin -Port 8642 -Token my-token -ApplicationId 5f1e2d3c4b5a697887766554
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'demo', 'standin', 'bench', 'package', 'clean')]
    [string] $Task = 'build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # standin: the port to listen on (0 picks a free one).
    [int] $Port = 8642,

    # standin: the API token the stand-in accepts.
    [string] $Token = 'standin-token',

    # standin: the application ids the stand-in serves.
    [string[]] $ApplicationId = @('5f1e2d3c4b5a697887766554', '5f1e2d3c4b5a697887766555'),

    # bench: measured runs of each variant (after one warm-up run).
    [ValidateRange(1, 100)]
    [int] $Runs = 5
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'LosantFlows'
Import-Module (Join-Path $root 'scripts/BuildTasks.psm1') -Force
Import-Module (Join-Path $root 'scripts/PackageTasks.psm1') -Force
Import-Module (Join-Path $root 'scripts/BenchTasks.psm1') -Force

switch ($Task) {
    'build' {
        Invoke-ModuleBuild -Root $root -Configuration $Configuration -Destination $moduleOut
    }
    'test' {
        Invoke-ModuleBuild -Root $root -Configuration $Configuration -Destination $moduleOut
        $results = @(
            Invoke-XunitTests -Root $root -Configuration $Configuration
            Invoke-PesterTests -Root $root -Configuration $Configuration -ModulePath $moduleOut
        )
        $passed = ($results | Measure-Object -Property Passed -Sum).Sum
        $failed = ($results | Measure-Object -Property Failed -Sum).Sum
        foreach ($r in $results) { Write-Host ("{0}: {1} passed, {2} failed" -f $r.Suite, $r.Passed, $r.Failed) }
        Write-Host ("{0} passed, {1} failed" -f $passed, $failed)
        if ($failed -gt 0 -or $passed -eq 0 -or ($results | Where-Object { -not $_.Completed })) { exit 1 }
    }
    'demo' {
        Invoke-ModuleBuild -Root $root -Configuration $Configuration -Destination $moduleOut
        & (Join-Path $root 'scripts/Demo.ps1') -ModulePath $moduleOut -StandInPath (Get-StandInPath -Root $root -Configuration $Configuration)
        if (-not $?) { exit 1 }
    }
    'standin' {
        Invoke-DotNet build (Join-Path $root 'tests/LosantFlows.StandIn') -c $Configuration -nologo -v quiet
        & dotnet (Get-StandInPath -Root $root -Configuration $Configuration) --port $Port --token $Token --application-id ($ApplicationId -join ',')
        exit $LASTEXITCODE
    }
    'bench' {
        Invoke-ModuleBuild -Root $root -Configuration $Configuration -Destination $moduleOut
        $null = Invoke-Benchmark -Root $root -ModulePath $moduleOut -StandInPath (Get-StandInPath -Root $root -Configuration $Configuration) `
            -Destination (Join-Path $out 'bench') -Runs $Runs
    }
    'package' {
        Invoke-ModuleBuild -Root $root -Configuration $Configuration -Destination $moduleOut
        $null = New-ModulePackage -Root $root -ModulePath $moduleOut -Destination $out
    }
    'clean' {
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $out
        Get-ChildItem -Path (Join-Path $root 'src'), (Join-Path $root 'tests') -Directory -Recurse -Include bin, obj |
            Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
    }
}
