# Figure 2, the floor: the same pages downloaded with a bare HttpClient and thrown away (nothing parsed).
# Prints the number of pages as its count.
param(
    [Parameter(Mandatory)] [uri] $Endpoint,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ApplicationId,
    [Parameter(Mandatory)] [int] $FlowCount
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchChild.psm1')
$perPage = 1000
$pages = [math]::Ceiling($FlowCount / $perPage)
$client = [System.Net.Http.HttpClient]::new()
$client.DefaultRequestHeaders.Authorization = [System.Net.Http.Headers.AuthenticationHeaderValue]::new('Bearer', $Token)

Measure-BenchOperation {
    for ($page = 0; $page -lt $pages; $page++) {
        $uri = Get-BenchFlowsUri $Endpoint $ApplicationId $page $perPage
        $response = $client.GetAsync($uri, [System.Net.Http.HttpCompletionOption]::ResponseHeadersRead).GetAwaiter().GetResult()
        $null = $response.EnsureSuccessStatusCode()
        $null = $response.Content.CopyToAsync([System.IO.Stream]::Null).GetAwaiter().GetResult()
        $response.Dispose()
    }
    $pages
}
