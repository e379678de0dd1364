# Starts and stops the local stand-in of the Losant Flows API (tests/LosantFlows.StandIn) for the demo and the
# Pester tests.
Set-StrictMode -Version Latest

function Start-LosantStandIn {
    <#
    .SYNOPSIS
        Starts the stand-in on a free loopback port and returns { Process, Endpoint, Token, ApplicationIds }.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $StandInPath,
        [string] $Token = 'standin-token',
        [string[]] $ApplicationId = @('5f1e2d3c4b5a697887766554', '5f1e2d3c4b5a697887766555'),
        [int] $TimeoutSec = 30,
        # Skip the stand-in's schema checks (--no-contract), e.g. for the benchmark.
        [switch] $NoContract
    )
    if (-not (Test-Path $StandInPath)) { throw "The stand-in is not built: $StandInPath is missing. Run ./build.ps1 build first." }
    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in @($StandInPath, '--port', '0', '--token', $Token, '--application-id', ($ApplicationId -join ','))) { $start.ArgumentList.Add($a) }
    if ($NoContract) { $start.ArgumentList.Add('--no-contract') }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)
    $lineTask = $process.StandardOutput.ReadLineAsync()
    if (-not $lineTask.Wait([TimeSpan]::FromSeconds($TimeoutSec)) -or $null -eq $lineTask.Result) {
        $process.Kill($true)
        throw "The stand-in did not start within $TimeoutSec s: $($process.StandardError.ReadToEnd())"
    }
    if ($lineTask.Result -notmatch 'listening on (?<url>http://\S+)') {
        $process.Kill($true)
        throw "Unexpected first line from the stand-in: $($lineTask.Result)"
    }
    [pscustomobject]@{
        PSTypeName     = 'LosantFlows.StandIn'
        Process        = $process
        Endpoint       = [uri]$Matches.url
        Token          = $Token
        ApplicationIds = $ApplicationId
    }
}

function Stop-LosantStandIn {
    <#
    .SYNOPSIS
        Stops a stand-in started by Start-LosantStandIn.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)] $StandIn)
    process {
        if (-not $StandIn.Process.HasExited) {
            $StandIn.Process.Kill($true)
            $null = $StandIn.Process.WaitForExit(10000)
        }
        $StandIn.Process.Dispose()
    }
}

Export-ModuleMember -Function Start-LosantStandIn, Stop-LosantStandIn
