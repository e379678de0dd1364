<#
.SYNOPSIS
    The main job: what an admin does with LosantFlows, run against the local stand-in of the Losant API.
.DESCRIPTION
    Starts the stand-in on a free port, connects, imports the sample workflow exports in samples/, lists and filters
    workflows, reads them at a version, shows the palette, creates a workflow, copies the ops workflows to a second
    application, backs staging up with Export-LosantFlow, and stops the stand-in. Exits non-zero if any step fails.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $StandInPath
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'StandIn.psm1') -Force
Import-Module $ModulePath -Force

function Show-Step([string] $Text) { Write-Host "`n== $Text" -ForegroundColor Cyan }
function Show-Table { $input | Format-Table | Out-String -Width 150 | Write-Host }

$standIn = Start-LosantStandIn -StandInPath $StandInPath
try {
    $staging, $production = $standIn.ApplicationIds
    Show-Step "Connect-Losant -Endpoint $($standIn.Endpoint)"
    $token = ConvertTo-SecureString $standIn.Token -AsPlainText -Force
    Connect-Losant -Endpoint $standIn.Endpoint -Token $token -PassThru | Show-Table

    Show-Step 'Import-LosantFlow: the sample exports in samples/ into the staging application'
    $samples = Join-Path $PSScriptRoot '../samples'
    $import = Get-ChildItem -Path $samples -Include *.flow, *.node -Recurse | Import-LosantFlow -ApplicationId $staging
    $import | Show-Table
    $import.flows | Show-Table

    Show-Step 'Get-LosantFlow: the cloud workflows (the API lists cloud workflows unless told otherwise)'
    Get-LosantFlow -ApplicationId $staging | Show-Table

    Show-Step "Get-LosantFlow | Where-Object name -like 'ops*'"
    $ops = Get-LosantFlow -ApplicationId $staging | Where-Object name -like 'ops*'
    $ops | Show-Table

    Show-Step 'Get-LosantFlow -FlowClass edge, and -Query (an advanced query)'
    Get-LosantFlow -ApplicationId $staging -FlowClass edge | Show-Table
    Get-LosantFlow -ApplicationId $staging -Query @{ name = @{ '$startsWith' = 'Billing' } } | Show-Table

    Show-Step 'Get-LosantFlow -TriggerFilter @{ type = "timer" }: cloud workflows started by a timer'
    Get-LosantFlow -ApplicationId $staging -TriggerFilter @{ type = 'timer' } | Show-Table

    Show-Step 'Get-LosantFlowVersion -Version develop'
    Get-LosantFlowVersion -ApplicationId $staging -Version develop | Show-Table

    Show-Step 'Get-LosantFlowPalette: custom nodes the workflows can use'
    Get-LosantFlowPalette -ApplicationId $staging | Show-Table

    Show-Step 'New-LosantFlow: a workflow from parameters'
    New-LosantFlow -ApplicationId $staging -Name 'ops-heartbeat' -Description 'Checks in every minute.' -Triggers @(
        @{ type = 'timer'; config = @{ seconds = 60 }; meta = @{ category = 'trigger'; name = 'timer'; label = 'Every minute'; x = 100; y = 60 }; outputIds = @(, @('debug1')) }
    ) -Nodes @(
        @{ id = 'debug1'; type = 'DebugNode'; config = @{ message = 'alive' }; meta = @{ category = 'output'; name = 'debug'; label = 'Debug'; x = 100; y = 200 }; outputIds = @() }
    ) | Show-Table

    Show-Step 'Promote: copy the ops workflows from staging to production'
    $copied = Get-LosantFlow -ApplicationId $staging -Filter 'ops*' | New-LosantFlow -ApplicationId $production
    $copied | Show-Table

    Show-Step 'Export-LosantFlow: a nightly backup of staging, every workflow class, in Losant''s export format'
    $backup = Join-Path ([IO.Path]::GetTempPath()) ("losantflows-demo-backup-{0}" -f [guid]::NewGuid().ToString('N'))
    try {
        Export-LosantFlow -ApplicationId $staging -Query @{} -Path $backup | Select-Object Name, Length | Show-Table
        $again = Export-LosantFlow -ApplicationId $staging -Query @{} -Path $backup
        Write-Host ("Run again: {0} file(s), unchanged ones left as they were." -f @($again).Count)
    }
    finally {
        Remove-Item -LiteralPath $backup -Recurse -Force -ErrorAction SilentlyContinue
    }

    Show-Step 'Production now has'
    $inProduction = Get-LosantFlow -ApplicationId $production
    $inProduction | Show-Table
    $nodes = ($inProduction | ForEach-Object { @($_.nodes).Count } | Measure-Object -Sum).Sum
    Write-Host ("{0} workflow(s) with {1} node(s) copied; staging holds {2} cloud workflow(s)." -f @($inProduction).Count, $nodes, @(Get-LosantFlow -ApplicationId $staging).Count)
    if (@($inProduction).Count -ne @($copied).Count) { throw 'The copy to production is incomplete.' }
    Disconnect-Losant
}
finally {
    $standIn | Stop-LosantStandIn
}
Write-Host "`nDemo finished." -ForegroundColor Green
