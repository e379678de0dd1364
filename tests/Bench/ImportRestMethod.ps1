# Figure 5, the baseline: read the import document with ConvertFrom-Json, write it back with ConvertTo-Json -Depth 100
# and POST it to flows/import with Invoke-RestMethod.
param(
    [Parameter(Mandatory)] [uri] $Endpoint,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ApplicationId,
    [Parameter(Mandatory)] [string] $Path
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchChild.psm1')
$headers = @{ Authorization = "Bearer $Token" }
$uri = [uri]::new($Endpoint, "applications/$ApplicationId/flows/import")

Measure-BenchOperation {
    $document = Get-Content -Raw -LiteralPath $Path | ConvertFrom-Json
    $body = $document | ConvertTo-Json -Depth 100
    $result = Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body $body -ContentType 'application/json'
    @($result.flows).Count
}
