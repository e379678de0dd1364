# Imports every real workflow export Losant published (../shared/losant-api/real-flows), reads each back and compares
# its nodes and triggers with the file's.
BeforeDiscovery {
    $realFlowsPath = Join-Path $PSScriptRoot '../../../shared/losant-api/real-flows'
    $realFiles = if (Test-Path $realFlowsPath) { @(Get-ChildItem $realFlowsPath -File | ForEach-Object { @{ File = $_.FullName; Name = $_.Name } }) } else { @() }
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    $realFlowsPath = Join-Path $SharedApi 'real-flows'
    $standIn = Start-TestStandIn
    $app, $second = $standIn.ApplicationIds
}

AfterAll {
    Disconnect-Losant
    $standIn | Stop-LosantStandIn
}

Describe 'Real exported workflows' {
    It 'are present (required when CI is set)' {
        if (-not (Test-Path $realFlowsPath)) {
            if ($env:CI) { throw "The real exports are missing: $realFlowsPath" }
            Set-ItResult -Skipped -Because "$realFlowsPath is not on this machine"
        }
        @(Get-ChildItem $realFlowsPath -File).Count | Should -Be 10
    }

    It 'import one by one and read back with nodes and triggers equal to <Name>' -ForEach $realFiles {
        $result = Import-LosantFlow -ApplicationId $app -Path $File -WarningAction SilentlyContinue
        $expected = Get-Content -Raw $File | ConvertFrom-Json -NoEnumerate -DateKind String
        $created = $result.flows | Where-Object name -eq $expected.name | Select-Object -Last 1
        $created | Should -Not -BeNullOrEmpty
        $class = if ($expected.PSObject.Properties['flowClass']) { $expected.flowClass } else { 'cloud' }
        $back = Get-LosantFlow -ApplicationId $app -FlowClass $class -PerPage 1000 | Where-Object id -eq $created.id
        $back.name | Should -Be $expected.name
        ConvertTo-CanonicalJson $back.nodes | Should -Be (ConvertTo-CanonicalJson $expected.nodes)
        ConvertTo-CanonicalJson $back.triggers | Should -Be (ConvertTo-CanonicalJson $expected.triggers)
        $back.enabled | Should -BeFalse
    }

    It 'fetched from one application and imported into another stay the same workflow: <Name>' -ForEach $realFiles {
        $first = (Import-LosantFlow -ApplicationId $app -Path $File -WarningAction SilentlyContinue).flows[0]
        $class = $first.flowClass
        $fetched = Get-LosantFlow -ApplicationId $app -FlowClass $class -PerPage 1000 | Where-Object id -eq $first.id
        $copy = (Import-LosantFlow -ApplicationId $second -ImportData $fetched).flows[0]
        $back = Get-LosantFlow -ApplicationId $second -FlowClass $class -PerPage 1000 | Where-Object id -eq $copy.id
        foreach ($field in 'name', 'description', 'flowClass', 'nodes', 'triggers', 'globals', 'customNodeConfig', 'customNodeSupports') {
            ConvertTo-CanonicalJson $back.$field | Should -Be (ConvertTo-CanonicalJson $fetched.$field) -Because $field
        }
    }

    It 'import all at once in one call' {
        if (-not (Test-Path $realFlowsPath)) { Set-ItResult -Skipped -Because "$realFlowsPath is not on this machine"; return }
        $before = @(Get-LosantFlow -ApplicationId $second -Query @{ enabled = $false } -PerPage 1000).Count
        $result = Get-ChildItem $realFlowsPath -File | Import-LosantFlow -ApplicationId $second -WarningAction SilentlyContinue
        @($result.flows).Count | Should -Be 10
        @(Get-LosantFlow -ApplicationId $second -Query @{ enabled = $false } -PerPage 1000).Count | Should -Be ($before + 10)
    }

    It 'upgrades the 2016 globals {key, type} to {key, json} with empty values and says so' {
        if (-not (Test-Path $realFlowsPath)) { Set-ItResult -Skipped -Because "$realFlowsPath is not on this machine"; return }
        $file = (Resolve-Path (Join-Path $realFlowsPath 'two-man-switch.flow')).ProviderPath
        $result = Import-LosantFlow -ApplicationId $second -Path $file -WarningVariable warnings -WarningAction SilentlyContinue
        $warnings.Count | Should -Be 1
        $warnings[0].Message | Should -Be "$($file): 2 global(s) in the obsolete {key, type} shape were converted to {key, json}: phone, slackUrl. 2 had no value and got the empty value of their type; set their values after the import: phone, slackUrl."
        ConvertTo-CanonicalJson $result.flows[0].globals | Should -Be '[{"key":"phone","json":"\"\""},{"key":"slackUrl","json":"\"\""}]'
    }
}
