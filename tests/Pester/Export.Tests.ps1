# Export-LosantFlow: every real workflow export Losant published (../shared/losant-api/real-flows) goes through
# import into application A, export, import of the exported file into application B, and comes out the same; and a
# backup exported twice with -Force is byte-identical, so a nightly backup into git shows only real changes.
BeforeDiscovery {
    $realFlowsPath = Join-Path $PSScriptRoot '../../../shared/losant-api/real-flows'
    $realFiles = if (Test-Path $realFlowsPath) { @(Get-ChildItem $realFlowsPath -File | ForEach-Object { @{ File = $_.FullName; Name = $_.Name } }) } else { @() }
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    $standIn = Start-TestStandIn
    $appA, $appB = $standIn.ApplicationIds
    $work = Join-Path ([IO.Path]::GetTempPath()) ("losantflows-export-" + [guid]::NewGuid().ToString('N'))

    # Exports sort the keys of every object (as Losant's own exports do), so compare values with keys sorted.
    function ConvertTo-SortedValue($Value) {
        if ($Value -is [System.Management.Automation.PSCustomObject]) {
            $sorted = [ordered]@{}
            foreach ($name in @($Value.PSObject.Properties.Name | Sort-Object -CaseSensitive)) { $sorted[$name] = ConvertTo-SortedValue $Value.$name }
            return [pscustomobject]$sorted
        }
        if ($Value -is [array]) { return , @($Value | ForEach-Object { ConvertTo-SortedValue $_ }) }
        $Value
    }
}

AfterAll {
    Disconnect-Losant
    $standIn | Stop-LosantStandIn
    Remove-Item -Recurse -Force $work -ErrorAction Ignore
}

Describe 'Export-LosantFlow' {
    It 'exports and re-imports into another application unchanged: <Name>' -ForEach $realFiles {
        $imported = (Import-LosantFlow -ApplicationId $appA -Path $File -WarningAction SilentlyContinue).flows[0]
        $class = $imported.flowClass
        $folder = Join-Path $work ([IO.Path]::GetFileNameWithoutExtension($Name))
        $exported = Get-LosantFlow -ApplicationId $appA -FlowClass $class -PerPage 1000 | Where-Object id -eq $imported.id |
            Export-LosantFlow -Path $folder
        @($exported).Count | Should -Be 1
        $exported.Extension | Should -Be $(if ($class -eq 'customNode') { '.node' } else { '.flow' })

        $copy = (Import-LosantFlow -ApplicationId $appB -Path $exported.FullName).flows[0]
        $back = Get-LosantFlow -ApplicationId $appB -FlowClass $class -PerPage 1000 | Where-Object id -eq $copy.id
        foreach ($field in 'name', 'nodes', 'triggers', 'globals', 'customNodeConfig') {
            ConvertTo-CanonicalJson (ConvertTo-SortedValue $back.$field) | Should -Be (ConvertTo-CanonicalJson (ConvertTo-SortedValue $imported.$field)) -Because $field
        }
    }

    It 'writes byte-identical files when a backup is exported twice with -Force' {
        $backup = Join-Path $work 'nightly'
        $first = Export-LosantFlow -ApplicationId $appA -Path $backup -Query @{ enabled = $false }
        $before = $first | ForEach-Object { @{ Name = $_.Name; Hash = (Get-FileHash $_.FullName).Hash } }
        Start-Sleep -Milliseconds 20
        $second = Export-LosantFlow -ApplicationId $appA -Path $backup -Query @{ enabled = $false } -Force
        $after = $second | ForEach-Object { @{ Name = $_.Name; Hash = (Get-FileHash $_.FullName).Hash } }

        @($first).Count | Should -Be (@(Get-LosantFlow -ApplicationId $appA -Query @{ enabled = $false } -PerPage 1000).Count)
        @($first).Count | Should -BeGreaterThan 0
        ($after | ConvertTo-Json -Compress) | Should -Be ($before | ConvertTo-Json -Compress)
        @(Get-ChildItem $backup -File).Count | Should -Be @($first).Count
    }
}

Describe 'Export-LosantFlow output in pipelines' {
    BeforeAll {
        . $PSScriptRoot/Common.ps1
        $pipeStandIn = Start-TestStandIn
        $pipeApp, $pipeOther = $pipeStandIn.ApplicationIds
        $null = Get-ChildItem $SamplesPath -Filter 'ops-*.flow' | Import-LosantFlow -ApplicationId $pipeApp
        $folder = Join-Path ([IO.Path]::GetTempPath()) ("losantflows [{0}]" -f [guid]::NewGuid().ToString('N'))
    }

    AfterAll {
        Disconnect-Losant
        $pipeStandIn | Stop-LosantStandIn
        Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'writes file objects that other cmdlets take, even in a folder with brackets in its name' {
        $files = Export-LosantFlow -ApplicationId $pipeApp -Path $folder -AsImportDocument
        $files.PSPath | Should -Be "Microsoft.PowerShell.Core\FileSystem::$(Join-Path $folder "$pipeApp-import.json")"
        ($files | Import-LosantFlow -ApplicationId $pipeOther).flows.name | Should -Be @('Ops: Nightly Report', 'Ops: Temperature Alert')
    }

    It 'runs again without -Force when nothing changed, and leaves the files as they were' {
        $first = Export-LosantFlow -ApplicationId $pipeApp -Path $folder
        $bytes = $first | ForEach-Object { [IO.File]::ReadAllBytes($_.FullName) }
        $second = Export-LosantFlow -ApplicationId $pipeApp -Path $folder -ErrorAction Stop
        $second.Name | Should -Be $first.Name
        ($second | ForEach-Object { [IO.File]::ReadAllBytes($_.FullName) }) | Should -Be $bytes
        $second | Remove-Item
        $first | ForEach-Object { Test-Path -LiteralPath $_.FullName } | Should -Be @($false, $false)
    }
}
