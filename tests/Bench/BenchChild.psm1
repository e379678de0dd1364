# Shared by the benchmark's child scripts: times one operation and prints the one JSON line the driver reads
# (scripts/BenchTasks.psm1).
Set-StrictMode -Version Latest

function Measure-BenchOperation {
    <#
    .SYNOPSIS
        Runs $Operation once and writes {ms, peakMB, idleMB, count} as one compressed JSON line to standard output.
    .DESCRIPTION
        idleMB is the working set just before the operation (after the script's imports and connection), ms the
        Stopwatch time of the operation alone, peakMB the process's peak working set read after it, and count what the
        operation returned (the number of items it handled).
    #>
    param([Parameter(Mandatory)] [scriptblock] $Operation)
    $idle = [System.Diagnostics.Process]::GetCurrentProcess().WorkingSet64
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $count = & $Operation
    $watch.Stop()
    $peak = [System.Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64
    $result = [ordered]@{
        ms     = [math]::Round($watch.Elapsed.TotalMilliseconds, 1)
        peakMB = [math]::Round($peak / 1MB, 1)
        idleMB = [math]::Round($idle / 1MB, 1)
        count  = [long]$count
    }
    [Console]::Out.WriteLine(($result | ConvertTo-Json -Compress))
}

function Connect-BenchStandIn {
    <#
    .SYNOPSIS
        Connect-Losant to the stand-in the driver started.
    #>
    param([Parameter(Mandatory)] [uri] $Endpoint, [Parameter(Mandatory)] [string] $Token)
    Connect-Losant -Endpoint $Endpoint -Token (ConvertTo-SecureString $Token -AsPlainText -Force)
}

function Get-BenchFlowsUri {
    <#
    .SYNOPSIS
        The URI Get-LosantFlow requests for one page of an application's workflows (same query string).
    #>
    param([Parameter(Mandatory)] [uri] $Endpoint, [Parameter(Mandatory)] [string] $ApplicationId, [long] $Page, [int] $PerPage)
    [uri]::new($Endpoint, "applications/$ApplicationId/flows?_actions=false&_links=true&_embedded=true&page=$Page&perPage=$PerPage")
}

Export-ModuleMember -Function Measure-BenchOperation, Connect-BenchStandIn, Get-BenchFlowsUri
