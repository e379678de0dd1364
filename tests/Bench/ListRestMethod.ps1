# Figure 2, the baseline an admin would write: the same page requests with Invoke-RestMethod, each page's items
# written to the pipeline one by one, into Measure-Object.
param(
    [Parameter(Mandatory)] [uri] $Endpoint,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ApplicationId
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchChild.psm1')
$headers = @{ Authorization = "Bearer $Token" }
$perPage = 1000

Measure-BenchOperation {
    $listed = & {
        for ($page = 0; ; $page++) {
            $response = Invoke-RestMethod -Uri (Get-BenchFlowsUri $Endpoint $ApplicationId $page $perPage) -Headers $headers
            $response.items
            if ($response.items.Count -eq 0 -or ($page + 1) * $perPage -ge $response.totalCount) { break }
        }
    } | Measure-Object
    $listed.Count
}
