# The steps behind build.ps1. Each function does one task and throws on failure.
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'HelpTasks.psm1') -Force

function Invoke-DotNet {
    & dotnet @args | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Get-ModuleVersion([string] $Root) {
    ([xml](Get-Content -Raw (Join-Path $Root 'Directory.Build.props'))).Project.PropertyGroup.Version | Where-Object { $_ } | Select-Object -First 1
}

function Get-StandInPath([string] $Root, [string] $Configuration) {
    Join-Path $Root "tests/LosantFlows.StandIn/bin/$Configuration/net10.0/LosantFlows.StandIn.dll"
}

function Invoke-ModuleBuild {
    param([string] $Root, [string] $Configuration, [string] $Destination)
    Invoke-DotNet build (Join-Path $Root 'LosantFlows.sln') -c $Configuration -nologo -v quiet
    $publish = Join-Path $Root "src/LosantFlows/bin/$Configuration/publish"
    Invoke-DotNet publish (Join-Path $Root 'src/LosantFlows/LosantFlows.csproj') -c $Configuration -o $publish --no-build -nologo -v quiet

    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Destination
    New-Item -ItemType Directory -Force -Path $Destination | Out-Null
    # The cmdlet assembly at the root; the engine and every third-party assembly in dependencies/, where PowerShell's
    # probing cannot find them (the module loads them into a private AssemblyLoadContext, see src/LosantFlows/Isolation).
    $dependencies = New-Item -ItemType Directory -Force -Path (Join-Path $Destination 'dependencies')
    Copy-Item (Join-Path $publish 'LosantFlows.dll') $Destination
    Get-ChildItem -Path $publish -Filter *.dll |
        Where-Object Name -notin 'System.Management.Automation.dll', 'LosantFlows.dll' |
        Copy-Item -Destination $dependencies
    Copy-Item (Join-Path $publish 'LosantFlows.Format.ps1xml'), (Join-Path $publish 'LosantFlows.Types.ps1xml') $Destination
    if (Test-Path (Join-Path $publish 'en-US')) { Copy-Item -Recurse (Join-Path $publish 'en-US') $Destination }
    Build-ModuleHelp -Root $Root -Destination $Destination -Configuration $Configuration
    $version = Get-ModuleVersion $Root
    (Get-Content -Raw (Join-Path $Root 'LosantFlows.psd1')) -replace "ModuleVersion\s*=\s*'0\.0\.0'", "ModuleVersion        = '$version'" |
        Set-Content -NoNewline -Encoding utf8 (Join-Path $Destination 'LosantFlows.psd1')
    Write-Host "Built LosantFlows $version at $Destination"
}

function Invoke-XunitTests {
    param([string] $Root, [string] $Configuration)
    $results = Join-Path $Root 'out/test-results'
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $results
    & dotnet test (Join-Path $Root 'tests/LosantFlows.Tests') -c $Configuration --no-build --nologo `
        --logger 'trx;LogFileName=xunit.trx' --logger 'console;verbosity=minimal' --results-directory $results | Out-Host
    $trx = Join-Path $results 'xunit.trx'
    if (-not (Test-Path $trx)) {
        return [pscustomobject]@{ Suite = 'xUnit'; Passed = 0; Failed = 1; Completed = $false }
    }
    $counters = ([xml](Get-Content -Raw $trx)).TestRun.ResultSummary.Counters
    [pscustomobject]@{
        Suite     = 'xUnit'
        Passed    = [int]$counters.passed
        Failed    = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        Completed = $LASTEXITCODE -eq 0 -or [int]$counters.failed -gt 0
    }
}

function Invoke-PesterTests {
    param([string] $Root, [string] $Configuration, [string] $ModulePath)
    Invoke-DotNet restore (Join-Path $Root 'tests/Pester/PesterPackage.csproj') -nologo -v quiet
    $summary = Join-Path $Root 'out/test-results/pester-summary.json'
    New-Item -ItemType Directory -Force -Path (Split-Path $summary) | Out-Null
    & dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $Root 'tests/Pester/Invoke-PesterSuite.ps1') `
        -ModulePath $ModulePath -StandInPath (Get-StandInPath -Root $Root -Configuration $Configuration) -SummaryPath $summary | Out-Host
    if (-not (Test-Path $summary)) {
        return [pscustomobject]@{ Suite = 'Pester'; Passed = 0; Failed = 1; Completed = $false }
    }
    $counts = Get-Content -Raw $summary | ConvertFrom-Json
    [pscustomobject]@{ Suite = 'Pester'; Passed = $counts.Passed; Failed = $counts.Failed; Completed = $counts.Completed }
}

Export-ModuleMember -Function Invoke-DotNet, Invoke-ModuleBuild, Invoke-XunitTests, Invoke-PesterTests, Get-StandInPath
