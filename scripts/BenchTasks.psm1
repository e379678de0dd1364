# The driver behind `build.ps1 bench` (issue 7): starts the stand-in, seeds it through the module, runs the child
# scripts in tests/Bench in fresh processes, alternating the module with its baseline, and prints the medians.
# Timings live here only, never in tests.
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'StandIn.psm1')

# Application ids the stand-in serves during the benchmark: A 10,000 flows, B 1,000 flows, C receives the imports.
$script:AppListing = '5f1e2d3c4b5a6978877665c1'
$script:AppSmall = '5f1e2d3c4b5a6978877665c2'
$script:AppImport = '5f1e2d3c4b5a6978877665c3'
$script:IdAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
$script:JsonEscaper = [System.Text.Encodings.Web.JavaScriptEncoder]::UnsafeRelaxedJsonEscaping

#region Flow generation

function Get-BenchFlowTemplate {
    <#
    .SYNOPSIS
        Turns one workflow export (samples/*.flow) into a template: compact JSON split around @@TOKEN@@ marks.
    .DESCRIPTION
        Keeps the fields a flow is created with (name, description, flowClass, enabled, globals, triggers, nodes) and
        marks what varies from flow to flow: the name, the description, every node id (and every reference to it in
        outputIds), trigger keys, node positions and the globals' values. Returns { Source, Parts, Tokens }: Parts
        holds the literal text, Tokens the mark between Parts[i] and Parts[i+1]; Originals maps a mark to its value
        in the sample.
    #>
    param([Parameter(Mandatory)] [string] $Path)
    $flow = Get-Content -Raw -LiteralPath $Path | ConvertFrom-Json -AsHashtable
    $kept = [ordered]@{}
    foreach ($key in 'name', 'description', 'flowClass', 'enabled', 'globals', 'triggers', 'nodes') {
        if ($flow.Contains($key)) { $kept[$key] = $flow[$key] }
    }
    $originals = @{ NAME = $flow.name; DESC = $flow.description }
    $kept.name = '@@NAME@@'
    $kept.description = '@@DESC@@'

    $nodeIds = [System.Collections.Generic.List[string]]::new()
    $step = 0
    foreach ($trigger in @($kept.triggers)) {
        $originals["KEY$step"] = $trigger.key
        $trigger.key = "@@KEY$step@@"
        $nodeIds.Add($trigger.meta.uiId)
        $originals["X$step"] = $trigger.meta.x; $trigger.meta.x = "@@X$step@@"
        $originals["Y$step"] = $trigger.meta.y; $trigger.meta.y = "@@Y$step@@"
        $step++
    }
    foreach ($node in @($kept.nodes)) {
        $nodeIds.Add($node.id)
        $originals["X$step"] = $node.meta.x; $node.meta.x = "@@X$step@@"
        $originals["Y$step"] = $node.meta.y; $node.meta.y = "@@Y$step@@"
        $step++
    }
    $index = 0
    foreach ($global in @($kept.globals)) {
        $originals["GLOBAL$index"] = $global.json
        $global.json = "@@GLOBAL$index@@"
        $index++
    }

    $text = $kept | ConvertTo-Json -Depth 100 -Compress
    # Numbers go in without quotes; node ids are replaced everywhere they occur, so references follow the node.
    $text = [regex]::Replace($text, '"@@([XY]\d+)@@"', '@@$1@@')
    for ($i = 0; $i -lt $nodeIds.Count; $i++) {
        $originals["NODE$i"] = $nodeIds[$i]
        $text = $text.Replace("""$($nodeIds[$i])""", """@@NODE$i@@""")
    }
    $split = [regex]::Split($text, '@@(\w+)@@')
    $parts = [string[]]::new(($split.Count + 1) / 2)
    $tokens = [string[]]::new(($split.Count - 1) / 2)
    for ($i = 0; $i -lt $split.Count; $i++) {
        if ($i % 2 -eq 0) { $parts[$i / 2] = $split[$i] } else { $tokens[($i - 1) / 2] = $split[$i] }
    }
    [pscustomobject]@{ Source = Split-Path -Leaf $Path; Parts = $parts; Tokens = $tokens; Originals = $originals }
}

function New-BenchRandomText([System.Random] $Random, [int] $Length, [string] $Alphabet = $script:IdAlphabet) {
    $chars = [char[]]::new($Length)
    for ($i = 0; $i -lt $Length; $i++) { $chars[$i] = $Alphabet[$Random.Next($Alphabet.Length)] }
    [string]::new($chars)
}

function Get-BenchTokenValue {
    # The text that replaces one mark in flow number $Number (already JSON-escaped where it sits inside a string).
    param([string] $Token, $Original, [System.Random] $Random, [string] $Tag, [int] $Number)
    $site = 1 + $Number % 97
    switch -Regex ($Token) {
        '^NAME$' { return $script:JsonEscaper.Encode(('{0} (site {1:d2}, {2}-{3:d5})' -f $Original, $site, $Tag, $Number)) }
        '^DESC$' { return $script:JsonEscaper.Encode(('{0} Site {1:d2}, line {2}.' -f $Original, $site, (1 + $Number % 7))) }
        '^NODE' { return New-BenchRandomText $Random 10 }
        '^KEY' {
            if ($Original -match '^[0-9a-f]{24}$') { return New-BenchRandomText $Random 24 '0123456789abcdef' }
            return New-BenchRandomText $Random $Original.Length
        }
        '^[XY]' { return [string]([int]$Original + 20 * $Random.Next(-3, 4)) }
        '^GLOBAL' {
            $value = [string]$Original
            if ($value -match '^-?\d+$') { $value = [string]([int]$value + $Random.Next(-5, 6)) }
            elseif ($value -match '^"[0-9a-f]{24}"$') { $value = '"' + (New-BenchRandomText $Random 24 '0123456789abcdef') + '"' }
            return $script:JsonEscaper.Encode($value)
        }
        default { throw "Unknown template mark @@$Token@@." }
    }
}

function New-BenchFlowSet {
    <#
    .SYNOPSIS
        $Count compact JSON workflows (strings) made from the cloud workflow samples, each with its own name, node ids,
        trigger keys, positions and global values; names are '<sample name> (site NN, <Tag>-NNNNN)', unique per Tag.
    #>
    param([Parameter(Mandatory)] [object[]] $Templates, [Parameter(Mandatory)] [int] $Count, [Parameter(Mandatory)] [string] $Tag)
    $flows = [string[]]::new($Count)
    $builder = [System.Text.StringBuilder]::new(8192)
    for ($n = 0; $n -lt $Count; $n++) {
        $template = $Templates[$n % $Templates.Count]
        $random = [System.Random]::new($n * 31 + [int]$Tag[0])
        $values = @{}
        $null = $builder.Clear()
        for ($i = 0; $i -lt $template.Tokens.Count; $i++) {
            $token = $template.Tokens[$i]
            if (-not $values.ContainsKey($token)) {
                $values[$token] = Get-BenchTokenValue -Token $token -Original $template.Originals[$token] -Random $random -Tag $Tag -Number $n
            }
            $null = $builder.Append($template.Parts[$i]).Append($values[$token])
        }
        $flows[$n] = $builder.Append($template.Parts[-1]).ToString()
    }
    , $flows
}

function Get-BenchFlowTemplates([string] $Root) {
    # Only cloud workflows: Get-LosantFlow without -Query lists cloud workflows, as the API does, so an edge sample
    # would not be listed. *.node files are custom nodes, not workflows.
    Get-ChildItem -Path (Join-Path $Root 'samples') -Filter *.flow |
        Sort-Object Name |
        ForEach-Object { Get-BenchFlowTemplate -Path $_.FullName } |
        Where-Object { ($_.Parts -join '') -match '"flowClass":"cloud"' }
}

#endregion

#region Processes

function Invoke-BenchProcess {
    <#
    .SYNOPSIS
        Runs `dotnet <ArgumentList>` in $Root, waits for it, and returns { WallMs, ExitCode, Stdout, Stderr }; WallMs is
        a Stopwatch around the process from start to exit.
    #>
    param([Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string[]] $ArgumentList, [int] $TimeoutSec = 600)
    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in $ArgumentList) { $start.ArgumentList.Add($a) }
    $start.WorkingDirectory = $Root
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.Environment['NO_COLOR'] = '1'   # plain error text when a child fails
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $process = [System.Diagnostics.Process]::Start($start)
    try {
        $stdout = $process.StandardOutput.ReadToEndAsync()
        $stderr = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit($TimeoutSec * 1000)) {
            $process.Kill($true)
            throw "dotnet $($ArgumentList -join ' ') did not finish within $TimeoutSec s."
        }
        $process.WaitForExit()
        $watch.Stop()
        [pscustomobject]@{
            WallMs   = $watch.Elapsed.TotalMilliseconds
            ExitCode = $process.ExitCode
            Stdout   = $stdout.GetAwaiter().GetResult()
            Stderr   = $stderr.GetAwaiter().GetResult()
        }
    }
    finally {
        $process.Dispose()
    }
}

function Invoke-BenchChild {
    <#
    .SYNOPSIS
        Runs tests/Bench/$Script in a fresh `dotnet pwsh -NoProfile -NonInteractive -File` with $Parameters and returns
        the JSON line it prints ({ms, peakMB, idleMB, count}) as an object; throws when the child fails, prints no
        result, or handled a count other than $ExpectedCount.
    #>
    param(
        [Parameter(Mandatory)] [string] $Root,
        [Parameter(Mandatory)] [string] $Script,
        [Parameter(Mandatory)] [System.Collections.IDictionary] $Parameters,
        [Parameter(Mandatory)] [long] $ExpectedCount
    )
    $arguments = @('pwsh', '-NoProfile', '-NonInteractive', '-File', (Join-Path $Root "tests/Bench/$Script"))
    foreach ($name in $Parameters.Keys) { $arguments += "-$name", [string]$Parameters[$name] }
    $run = Invoke-BenchProcess -Root $Root -ArgumentList $arguments
    $line = $run.Stdout -split "`r?`n" | Where-Object { $_ -like '{*' } | Select-Object -Last 1
    if ($run.ExitCode -ne 0 -or -not $line) {
        throw "Benchmark child $Script failed (exit code $($run.ExitCode)).`n$($run.Stdout)`n$($run.Stderr)"
    }
    $result = $line | ConvertFrom-Json
    if ($result.count -ne $ExpectedCount) {
        throw "Benchmark child $Script handled $($result.count) item(s), expected $ExpectedCount.`n$($run.Stderr)"
    }
    $result
}

function Invoke-BenchSeries {
    <#
    .SYNOPSIS
        Runs the variants (name -> scriptblock returning one result) round-robin: one warm-up round that is discarded,
        then $Runs measured rounds (A B A B …). Returns name -> list of results.
    #>
    param([Parameter(Mandatory)] [string] $Figure, [Parameter(Mandatory)] [System.Collections.Specialized.OrderedDictionary] $Variants, [int] $Runs)
    $results = [ordered]@{}
    foreach ($name in $Variants.Keys) { $results[$name] = [System.Collections.Generic.List[object]]::new() }
    for ($round = 0; $round -le $Runs; $round++) {
        foreach ($name in $Variants.Keys) {
            $result = & $Variants[$name]
            if ($round -gt 0) { $results[$name].Add($result) }
        }
        Write-Host ("  {0}: {1}" -f $Figure, ($(if ($round -eq 0) { 'warm-up done' } else { "round $round of $Runs done" })))
    }
    $results
}

#endregion

#region Statistics and the table

function Get-Median([double[]] $Values) {
    if ($Values.Count -eq 0) { throw 'No values to take the median of.' }
    $sorted = [double[]]($Values | Sort-Object)
    $middle = [math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2 -eq 1) { return $sorted[$middle] }
    ($sorted[$middle - 1] + $sorted[$middle]) / 2
}

function New-BenchFigure {
    # One row of the table, with the numbers kept for results.json.
    param(
        [string] $Figure, [double] $Ours, [double] $Baseline, [string] $Unit, [string] $BaselineName,
        [double] $Target, [string] $TargetText, [string] $Comparison = 'le', [string] $PeakText = ''
    )
    $ratio = if ($Baseline -ne 0) { $Ours / $Baseline } else { [double]::NaN }
    $met = switch ($Comparison) {
        'le' { $ratio -le $Target }
        'lt' { $ratio -lt $Target }
        'absLt' { $Ours -lt $Target }
    }
    [pscustomobject]@{
        Figure     = $Figure
        Ours       = [math]::Round($Ours, 1)
        Baseline   = [math]::Round($Baseline, 1)
        BaselineIs = $BaselineName
        Unit       = $Unit
        Ratio      = [math]::Round($ratio, 3)
        Target     = $TargetText
        Met        = [bool]$met
        PeakMB     = $PeakText
    }
}

function Format-BenchTable {
    <#
    .SYNOPSIS
        The figures as the table printed at the end of the run (units in the cells).
    #>
    param([Parameter(Mandatory)] [object[]] $Figures)
    $Figures | ForEach-Object {
        [pscustomobject]@{
            'Figure'               = $_.Figure
            'Ours (median)'        = '{0:0.#} {1}' -f $_.Ours, $_.Unit
            'Baseline (median)'    = '{0:0.#} {1} ({2})' -f $_.Baseline, $_.Unit, $_.BaselineIs
            'Ratio (ours/baseline)' = '{0:0.00}×' -f $_.Ratio
            'Target'               = $_.Target
            'Met'                  = if ($_.Met) { 'yes' } else { 'no' }
            'Peak MB'              = $_.PeakMB
        }
    } | Format-Table -AutoSize -Wrap | Out-String -Width 220
}

#endregion

#region Seeding

function Initialize-BenchData {
    <#
    .SYNOPSIS
        Seeds the stand-in through the module (untimed): $ListingCount flows into application A, $SmallCount into B,
        and writes a $DocumentCount-flow import document to $DocumentPath. Returns sizes for results.json.
    #>
    param(
        [Parameter(Mandatory)] [string] $Root, [Parameter(Mandatory)] [string] $ModulePath, [Parameter(Mandatory)] $StandIn,
        [int] $ListingCount = 10000, [int] $SmallCount = 1000, [int] $DocumentCount = 1000, [Parameter(Mandatory)] [string] $DocumentPath
    )
    $templates = @(Get-BenchFlowTemplates -Root $Root)
    Write-Host ("  templates: {0}" -f (($templates | ForEach-Object Source) -join ', '))
    $listing = New-BenchFlowSet -Templates $templates -Count $ListingCount -Tag 'A'
    $small = New-BenchFlowSet -Templates $templates -Count $SmallCount -Tag 'B'
    $document = New-BenchFlowSet -Templates $templates -Count $DocumentCount -Tag 'I'
    $sizes = $listing | ForEach-Object { [System.Text.Encoding]::UTF8.GetByteCount($_) } | Measure-Object -Minimum -Maximum -Average
    Write-Host ("  generated {0} + {1} + {2} flows; {3:0} to {4:0} bytes each (mean {5:0})" -f $ListingCount, $SmallCount, $DocumentCount, $sizes.Minimum, $sizes.Maximum, $sizes.Average)
    if ($sizes.Minimum -lt 2KB -or $sizes.Maximum -gt 4KB) { Write-Warning 'Some generated flows are outside 2–4 KB.' }

    $documentText = '{"flows":[' + ($document -join ',') + ']}'
    [System.IO.File]::WriteAllText($DocumentPath, $documentText, [System.Text.UTF8Encoding]::new($false))

    Import-Module $ModulePath -Force
    Connect-Losant -Endpoint $StandIn.Endpoint -Token (ConvertTo-SecureString $StandIn.Token -AsPlainText -Force)
    try {
        foreach ($seed in @(@{ App = $script:AppListing; Flows = $listing }, @{ App = $script:AppSmall; Flows = $small })) {
            $result = Import-LosantFlow -ApplicationId $seed.App -ImportData ('{"flows":[' + ($seed.Flows -join ',') + ']}') -BatchSize 1000 -ErrorAction Stop
            if (@($result.flows).Count -ne $seed.Flows.Count) { throw "Seeding $($seed.App) imported $(@($result.flows).Count) of $($seed.Flows.Count) flows." }
            Write-Host ("  seeded application {0} with {1} flows" -f $seed.App, @($result.flows).Count)
        }
    }
    finally {
        Disconnect-Losant
    }
    # What the API serves per flow (with id, applicationId, dates …): one page of 1,000 flows of application B.
    $page = Invoke-WebRequest -Uri ([uri]::new($StandIn.Endpoint, "applications/$script:AppSmall/flows?_actions=false&_links=true&_embedded=true&page=0&perPage=1000")) `
        -Headers @{ Authorization = "Bearer $($StandIn.Token)" }
    [pscustomobject]@{
        Templates        = @($templates | ForEach-Object Source)
        FlowBytesMin     = $sizes.Minimum
        FlowBytesMax     = $sizes.Maximum
        FlowBytesMean    = [math]::Round($sizes.Average)
        ServedPageBytes  = $page.RawContentLength
        DocumentBytes    = (Get-Item -LiteralPath $DocumentPath).Length
    }
}

#endregion

function Invoke-Benchmark {
    <#
    .SYNOPSIS
        The whole benchmark against a built module: returns the figures, prints the table and writes
        $Destination/results.json. Throws only when the benchmark itself fails.
    #>
    param(
        [Parameter(Mandatory)] [string] $Root,
        [Parameter(Mandatory)] [string] $ModulePath,
        [Parameter(Mandatory)] [string] $StandInPath,
        [Parameter(Mandatory)] [string] $Destination,
        [ValidateRange(1, 100)] [int] $Runs = 5
    )
    $ProgressPreference = 'SilentlyContinue'
    $total = [System.Diagnostics.Stopwatch]::StartNew()
    $ModulePath = (Resolve-Path -LiteralPath $ModulePath).Path
    $work = New-Item -ItemType Directory -Force -Path (Join-Path ([System.IO.Path]::GetTempPath()) "losantflows-bench-$([guid]::NewGuid().ToString('n'))")
    $documentPath = Join-Path $work 'import-1000.json'
    $standIn = Start-LosantStandIn -StandInPath $StandInPath -ApplicationId $script:AppListing, $script:AppSmall, $script:AppImport -NoContract
    try {
        Write-Host "Stand-in at $($standIn.Endpoint) (--no-contract). Seeding through the module (not timed) …"
        $seed = Initialize-BenchData -Root $Root -ModulePath $ModulePath -StandIn $standIn -DocumentPath $documentPath
        $connection = @{ Endpoint = $standIn.Endpoint; Token = $standIn.Token }
        $series = [ordered]@{}

        Write-Host '1. Import-Module overhead'
        $bare = @('pwsh', '-NoProfile', '-Command', 'exit')
        $ours = @('pwsh', '-NoProfile', '-Command', "Import-Module '$($ModulePath.Replace("'", "''"))'; exit")
        $anchor = @('pwsh', '-NoProfile', '-Command', 'Import-Module Microsoft.PowerShell.PSResourceGet; exit')
        $wall = {
            param([string[]] $Arguments)
            $run = Invoke-BenchProcess -Root $Root -ArgumentList $Arguments
            if ($run.ExitCode -ne 0) { throw "dotnet $($Arguments -join ' ') failed: $($run.Stderr)" }
            [pscustomobject]@{ ms = [math]::Round($run.WallMs, 1) }
        }
        $series.ImportModule = Invoke-BenchSeries -Figure 'LosantFlows' -Runs $Runs -Variants ([ordered]@{
                withImport = { & $wall $ours }
                without    = { & $wall $bare }
            })
        $series.ImportAnchor = Invoke-BenchSeries -Figure 'PSResourceGet' -Runs $Runs -Variants ([ordered]@{
                withImport = { & $wall $anchor }
                without    = { & $wall $bare }
            })

        Write-Host '2. Listing 10,000 flows'
        $series.Listing = Invoke-BenchSeries -Figure 'listing' -Runs $Runs -Variants ([ordered]@{
                module     = { Invoke-BenchChild -Root $Root -Script ListModule.ps1 -ExpectedCount 10000 -Parameters ([ordered]@{ ModulePath = $ModulePath; ApplicationId = $script:AppListing } + $connection) }
                restMethod = { Invoke-BenchChild -Root $Root -Script ListRestMethod.ps1 -ExpectedCount 10000 -Parameters ([ordered]@{ ApplicationId = $script:AppListing } + $connection) }
                httpClient = { Invoke-BenchChild -Root $Root -Script ListHttpClient.ps1 -ExpectedCount 10 -Parameters ([ordered]@{ ApplicationId = $script:AppListing; FlowCount = 10000 } + $connection) }
            })

        Write-Host '3. Memory: listing 1,000 against 10,000 flows'
        $series.Memory = Invoke-BenchSeries -Figure 'memory' -Runs $Runs -Variants ([ordered]@{
                list1k  = { Invoke-BenchChild -Root $Root -Script ListModule.ps1 -ExpectedCount 1000 -Parameters ([ordered]@{ ModulePath = $ModulePath; ApplicationId = $script:AppSmall } + $connection) }
                list10k = { Invoke-BenchChild -Root $Root -Script ListModule.ps1 -ExpectedCount 10000 -Parameters ([ordered]@{ ModulePath = $ModulePath; ApplicationId = $script:AppListing } + $connection) }
            })

        Write-Host '4. 500 small calls'
        $series.SmallCalls = Invoke-BenchSeries -Figure 'small calls' -Runs $Runs -Variants ([ordered]@{
                module     = { Invoke-BenchChild -Root $Root -Script CallsModule.ps1 -ExpectedCount 500 -Parameters ([ordered]@{ ModulePath = $ModulePath; ApplicationId = $script:AppListing } + $connection) }
                restMethod = { Invoke-BenchChild -Root $Root -Script CallsRestMethod.ps1 -ExpectedCount 500 -Parameters ([ordered]@{ ApplicationId = $script:AppListing } + $connection) }
            })

        Write-Host '5. Importing a 1,000-flow document (imports accumulate in application C)'
        $series.Import = Invoke-BenchSeries -Figure 'import' -Runs $Runs -Variants ([ordered]@{
                module     = { Invoke-BenchChild -Root $Root -Script ImportModule.ps1 -ExpectedCount 1000 -Parameters ([ordered]@{ ModulePath = $ModulePath; ApplicationId = $script:AppImport; Path = $documentPath } + $connection) }
                restMethod = { Invoke-BenchChild -Root $Root -Script ImportRestMethod.ps1 -ExpectedCount 1000 -Parameters ([ordered]@{ ApplicationId = $script:AppImport; Path = $documentPath } + $connection) }
            })
    }
    finally {
        $standIn | Stop-LosantStandIn
        Remove-Item -Recurse -Force -LiteralPath $work -ErrorAction SilentlyContinue
    }

    $median = { param($List, [string] $Property) Get-Median @($List | ForEach-Object $Property) }
    $overhead = { param($Pairs) Get-Median @(for ($i = 0; $i -lt $Pairs.withImport.Count; $i++) { $Pairs.withImport[$i].ms - $Pairs.without[$i].ms }) }
    $oursImport = & $overhead $series.ImportModule
    $anchorImport = & $overhead $series.ImportAnchor
    $listOurs = & $median $series.Listing.module ms
    $listPeak = & $median $series.Listing.module peakMB
    $irmPeak = & $median $series.Listing.restMethod peakMB
    $floorPeak = & $median $series.Listing.httpClient peakMB
    $peak1k = & $median $series.Memory.list1k peakMB
    $peak10k = & $median $series.Memory.list10k peakMB
    $importAbove = Get-Median @($series.Import.module | ForEach-Object { $_.peakMB - $_.idleMB })
    $documentMB = $seed.DocumentBytes / 1MB
    $figures = @(
        New-BenchFigure -Figure '1. Import-Module overhead' -Unit 'ms' -Ours $oursImport -Baseline $anchorImport -BaselineName 'PSResourceGet' `
            -Target 150 -TargetText '< 150 ms' -Comparison absLt
        New-BenchFigure -Figure '2. List 10,000 flows vs Invoke-RestMethod' -Unit 'ms' -Ours $listOurs -Baseline (& $median $series.Listing.restMethod ms) -BaselineName 'IRM loop' `
            -Target 0.6 -TargetText '≤ 0.6×' -PeakText ('{0:0} / {1:0} MB' -f $listPeak, $irmPeak)
        New-BenchFigure -Figure '2. List 10,000 flows vs HttpClient floor' -Unit 'ms' -Ours $listOurs -Baseline (& $median $series.Listing.httpClient ms) -BaselineName 'HttpClient' `
            -Target 2 -TargetText '≤ 2×' -PeakText ('{0:0} / {1:0} MB' -f $listPeak, $floorPeak)
        New-BenchFigure -Figure '3. Peak memory listing 10,000 vs 1,000' -Unit 'MB' -Ours $peak10k -Baseline $peak1k -BaselineName '1,000 flows' `
            -Target 1.25 -TargetText '≤ 1.25×' -PeakText ('{0:0} / {1:0} MB' -f $peak10k, $peak1k)
        New-BenchFigure -Figure '4. 500 small calls' -Unit 'ms' -Ours (& $median $series.SmallCalls.module ms) -Baseline (& $median $series.SmallCalls.restMethod ms) -BaselineName 'IRM' `
            -Target 0.5 -TargetText '≤ 0.5×' -PeakText ('{0:0} / {1:0} MB' -f (& $median $series.SmallCalls.module peakMB), (& $median $series.SmallCalls.restMethod peakMB))
        New-BenchFigure -Figure ('5. Import 1,000 flows ({0:0.0} MB)' -f $documentMB) -Unit 'ms' -Ours (& $median $series.Import.module ms) -Baseline (& $median $series.Import.restMethod ms) -BaselineName 'ConvertTo-Json + IRM' `
            -Target 0.6 -TargetText '≤ 0.6×' -PeakText ('{0:0} / {1:0} MB' -f (& $median $series.Import.module peakMB), (& $median $series.Import.restMethod peakMB))
        New-BenchFigure -Figure '5. Import peak above idle vs document' -Unit 'MB' -Ours $importAbove -Baseline $documentMB -BaselineName 'document' `
            -Target 3 -TargetText '< 3× document' -Comparison lt -PeakText ('{0:0} above {1:0} MB idle' -f $importAbove, (& $median $series.Import.module idleMB))
    )
    $total.Stop()

    $cpu = if (Test-Path /proc/cpuinfo) { (Select-String -Path /proc/cpuinfo -Pattern '^model name\s*:\s*(.+)$' | Select-Object -First 1).Matches.Groups[1].Value }
    $results = [ordered]@{
        date           = (Get-Date).ToUniversalTime().ToString('o')
        machine        = [ordered]@{
            os         = [System.Runtime.InteropServices.RuntimeInformation]::OSDescription
            cpu        = $cpu
            cores      = [Environment]::ProcessorCount
            memoryMB   = [math]::Round([GC]::GetGCMemoryInfo().TotalAvailableMemoryBytes / 1MB)
            powershell = $PSVersionTable.PSVersion.ToString()
            dotnet     = [System.Runtime.InteropServices.RuntimeInformation]::FrameworkDescription
        }
        runs           = $Runs
        seconds        = [math]::Round($total.Elapsed.TotalSeconds, 1)
        seed           = $seed
        importChoice   = 'Imports accumulate in application C (no restart between runs).'
        figures        = $figures
        series         = $series
    }
    New-Item -ItemType Directory -Force -Path $Destination | Out-Null
    $resultsPath = Join-Path $Destination 'results.json'
    $results | ConvertTo-Json -Depth 10 | Set-Content -Encoding utf8 -LiteralPath $resultsPath

    Write-Host (Format-BenchTable -Figures $figures)
    Write-Host ("Machine: {0}, {1} cores, {2}; pwsh {3}. {4} measured runs per variant after one warm-up; benchmark took {5:0} s. Raw results: {6}" -f
        $results.machine.cpu, $results.machine.cores, $results.machine.os, $results.machine.powershell, $Runs, $total.Elapsed.TotalSeconds, $resultsPath)
    $figures
}

Export-ModuleMember -Function Invoke-Benchmark, Get-Median, New-BenchFlowSet, Get-BenchFlowTemplates
