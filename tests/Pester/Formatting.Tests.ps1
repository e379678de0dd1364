# Default views, convenience members, output types and the wire-format switch.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    $standIn = Start-TestStandIn
    $app = $standIn.ApplicationIds[0]
    $null = Get-ChildItem $SamplesPath -File | Import-LosantFlow -ApplicationId $app
}

AfterAll {
    Disconnect-Losant
    $standIn | Stop-LosantStandIn
}

Describe 'Default views' {
    It 'shows flows as a short table that never dumps nodes' {
        $lines = (Get-LosantFlow -ApplicationId $app | Format-Table | Out-String -Width 120) -split "`n" | Where-Object { $_.Trim() }
        $lines[0].Trim() -split '\s{2,}|\s(?=[A-Z])' | Should -Be @('Id', 'FlowClass', 'Enabled', 'Updated (UTC)', 'Name')
        $lines.Count | Should -Be 5
        ($lines -join "`n") | Should -Not -Match '@\{|nodes|triggers'
        $lines[2] | Should -Match '^[0-9a-f]{24} cloud\s+False\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s+Billing: Webhook Ingest$'
    }

    It 'shows versions, palette nodes, import results and connections as tables with their own columns' {
        ((Get-LosantFlowVersion -ApplicationId $app -Version develop | Format-Table | Out-String -Width 120) -split "`n")[1].Trim() | Should -Match '^FlowId\s+FlowClass\s+Enabled\s+Updated \(UTC\)\s+Version$'
        ((Get-LosantFlowPalette -ApplicationId $app | Format-Table | Out-String -Width 120) -split "`n")[1].Trim() | Should -Match '^Id\s+Category\s+Version\s+Name$'
        ((Get-LosantConnection | Format-Table | Out-String -Width 120) -split "`n")[1].Trim() | Should -Match '^Endpoint\s+AuthenticationMethod\s+UserName\s+ConnectedAt \(UTC\)$'
    }

    It 'has a list view with the counts of triggers and nodes' {
        $text = Get-LosantFlow -ApplicationId $app -Filter 'Ops: Nightly Report' | Format-List | Out-String
        $text | Should -Match 'TriggerCount\s+: 1'
        $text | Should -Match 'NodeCount\s+: 4'
    }
}

Describe 'Convenience members' {
    It 'count triggers and nodes without being sent back to the API' {
        $flow = Get-LosantFlow -ApplicationId $app -Filter 'Billing*'
        $flow.TriggerCount | Should -Be 1
        $flow.NodeCount | Should -Be 6
        $flow.PSObject.Properties['TriggerCount'].MemberType | Should -Be 'ScriptProperty'
        $copy = $flow | ConvertTo-Json -Depth 100 | New-LosantFlow -ApplicationId $standIn.ApplicationIds[1]
        $copy.name | Should -Be 'Billing: Webhook Ingest'
    }
}

Describe 'Output types' {
    It 'every cmdlet declares what it writes' {
        $missing = Get-Command -Module LosantFlows | Where-Object { $_.Name -ne 'Disconnect-Losant' -and $_.OutputType.Count -eq 0 }
        $missing | Should -BeNullOrEmpty
        (Get-Command Get-LosantFlow).OutputType.Name | Should -Contain 'Losant.Flow'
    }
}

Describe '-AsJson' {
    It 'writes each page as the API sent it' {
        $pages = Get-LosantFlow -ApplicationId $app -PerPage 2 -AsJson
        $pages.Count | Should -Be 2
        $pages[0] | Should -BeOfType [string]
        $first = $pages[0] | ConvertFrom-Json -DateKind String
        $first.items.name | Should -Be @('Billing: Webhook Ingest', 'Ops: Nightly Report')
        $first.totalCount | Should -Be 3
        $first.items[0].creationDate | Should -Match '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$'
    }

    It 'works for versions and the palette too' {
        (Get-LosantFlowVersion -ApplicationId $app -Version develop -AsJson | ConvertFrom-Json).items.Count | Should -Be 3
        (Get-LosantFlowPalette -ApplicationId $app -AsJson | ConvertFrom-Json).customNodes.name | Should -Be 'Convert Units'
    }
}
