BeforeAll {
    . $PSScriptRoot/Common.ps1
    $standIn = Start-TestStandIn
    $app, $other = $standIn.ApplicationIds
    $import = Get-ChildItem $SamplesPath -File | Import-LosantFlow -ApplicationId $app
}

AfterAll {
    Disconnect-Losant
    $standIn | Stop-LosantStandIn
}

Describe 'Import-LosantFlow with the sample exports' {
    It 'imports every sample in one call and returns the id maps' {
        $import.PSObject.TypeNames[0] | Should -Be 'Losant.FlowImportResult'
        @($import.flows).Count | Should -Be 5
        ($import.flows.name | Sort-Object) | Should -Be @('Billing: Webhook Ingest', 'Convert Units', 'Edge: Modbus Poll', 'Ops: Nightly Report', 'Ops: Temperature Alert')
        $import.flows | ForEach-Object { $_.enabled | Should -BeFalse }
        $import.importedFlowIdMap.'64f1a2b3c4d5e6f708192a71' | Should -Be ($import.flows | Where-Object name -eq 'Convert Units').id
    }

    It 'under -WhatIf sends nothing' {
        Get-ChildItem $SamplesPath -File | Import-LosantFlow -ApplicationId $other -WhatIf
        @(Get-LosantFlow -ApplicationId $other).Count | Should -Be 0
    }
}

Describe 'Get-LosantFlow' {
    It 'lists the cloud workflows sorted by name, as Losant.Flow objects with UTC dates' {
        $flows = Get-LosantFlow -ApplicationId $app
        $flows.name | Should -Be @('Billing: Webhook Ingest', 'Ops: Nightly Report', 'Ops: Temperature Alert')
        $flows[0].PSObject.TypeNames[0] | Should -Be 'Losant.Flow'
        $flows[0].lastUpdated | Should -BeOfType [datetime]
        $flows[0].lastUpdated.Kind | Should -Be 'Utc'
        $flows[0].applicationId | Should -Be $app
    }

    It 'composes with Where-Object' {
        (Get-LosantFlow -ApplicationId $app | Where-Object name -like 'ops*').name | Should -Be @('Ops: Nightly Report', 'Ops: Temperature Alert')
    }

    It 'filters by name with a glob, by class, by trigger and by advanced query' {
        (Get-LosantFlow -ApplicationId $app -Filter 'ops*').name | Should -Be @('Ops: Nightly Report', 'Ops: Temperature Alert')
        (Get-LosantFlow -ApplicationId $app -FlowClass edge).name | Should -Be 'Edge: Modbus Poll'
        (Get-LosantFlow -ApplicationId $app -TriggerFilter @{ type = 'webhook' }).name | Should -Be 'Billing: Webhook Ingest'
        (Get-LosantFlow -ApplicationId $app -Query @{ flowClass = 'customNode' }).name | Should -Be 'Convert Units'
        (Get-LosantFlow -ApplicationId $app -Query '{"name":{"$startsWith":"Ops"}}' -SortDirection desc).name | Should -Be @('Ops: Temperature Alert', 'Ops: Nightly Report')
    }

    It 'streams every page, returns one page with -Page, and supports -First and -Skip' {
        (Get-LosantFlow -ApplicationId $app -PerPage 1).name | Should -Be @('Billing: Webhook Ingest', 'Ops: Nightly Report', 'Ops: Temperature Alert')
        (Get-LosantFlow -ApplicationId $app -PerPage 2 -Page 1).name | Should -Be 'Ops: Temperature Alert'
        (Get-LosantFlow -ApplicationId $app -PerPage 1 -Skip 1 -First 1).name | Should -Be 'Ops: Nightly Report'
        @(Get-LosantFlow -ApplicationId $app -PerPage 2 -Page 5).Count | Should -Be 0
    }

    It 'sorts by another field' {
        (Get-LosantFlow -ApplicationId $app -SortField creationDate -SortDirection desc).name | Should -Be @('Ops: Temperature Alert', 'Ops: Nightly Report', 'Billing: Webhook Ingest')
    }

    It 'keeps nested values exactly as the API sent them' {
        $flow = Get-LosantFlow -ApplicationId $app -Filter 'Ops: Temperature Alert'
        $file = Get-Content -Raw (Join-Path $SamplesPath 'ops-temperature-alert.flow') | ConvertFrom-Json -NoEnumerate -DateKind String
        ConvertTo-CanonicalJson $flow.nodes | Should -Be (ConvertTo-CanonicalJson $file.nodes)
        ConvertTo-CanonicalJson $flow.triggers | Should -Be (ConvertTo-CanonicalJson $file.triggers)
    }

    It 'binds -ApplicationId by property name' {
        ([pscustomobject]@{ applicationId = $app } | Get-LosantFlow).Count | Should -Be 3
    }

    It 'reports an unknown application as a non-terminating Losant.NotFound error' {
        $result = Get-LosantFlow -ApplicationId 'aaaaaaaaaaaaaaaaaaaaaaaa' -ErrorVariable failures -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'Losant.NotFound,LosantFlows.Commands.GetLosantFlowCommand'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be 'aaaaaaaaaaaaaaaaaaaaaaaa'
        $failures[0].ErrorDetails.Message | Should -Be 'Application was not found (GET /applications/aaaaaaaaaaaaaaaaaaaaaaaa/flows answered 404 NotFound)'
        $failures[0].Exception.StatusCode | Should -Be 404
    }

    It 'refuses an application id that is not 24 hex characters before sending anything' {
        { Get-LosantFlow -ApplicationId '../5f1e2d3c4b5a69788776655' } | Should -Throw "*is not a Losant id*"
    }

    It 'refuses trigger filter entries with unknown keys and a query that is not JSON' {
        { Get-LosantFlow -ApplicationId $app -TriggerFilter @{ kind = 'webhook' } } | Should -Throw "*-TriggerFilter entry 0 has the key 'kind'*"
        { Get-LosantFlow -ApplicationId $app -Query '{"name":' } | Should -Throw '*-Query is not valid JSON*'
    }
}

Describe 'Get-LosantFlowVersion' {
    It 'gets each workflow at the develop version' {
        $versions = Get-LosantFlowVersion -ApplicationId $app -Version develop
        $versions.version | Should -Be @('develop', 'develop', 'develop')
        $versions[0].PSObject.TypeNames[0] | Should -Be 'Losant.FlowVersion'
        ($versions.flowId | Sort-Object) | Should -Be ((Get-LosantFlow -ApplicationId $app).id | Sort-Object)
    }

    It 'binds from a Get-LosantFlow object by property name' {
        @(Get-LosantFlow -ApplicationId $app -Filter 'Billing*' | Get-LosantFlowVersion -Version develop).Count | Should -Be 1
    }
}

Describe 'Get-LosantFlowPalette' {
    It 'lists the custom nodes of the application' {
        $palette = Get-LosantFlowPalette -ApplicationId $app
        $palette.name | Should -Be 'Convert Units'
        $palette.PSObject.TypeNames[0] | Should -Be 'Losant.PaletteNode'
        $palette.compatibleFlowClasses.cloud | Should -BeTrue
    }
}

Describe 'New-LosantFlow' {
    It 'creates a workflow from parameters' {
        $flow = New-LosantFlow -ApplicationId $other -Name 'from-parameters' -Description 'made by a test' -Enabled
        $flow.name | Should -Be 'from-parameters'
        $flow.description | Should -Be 'made by a test'
        $flow.enabled | Should -BeTrue
        $flow.flowClass | Should -Be 'cloud'
        $flow.PSObject.TypeNames[0] | Should -Be 'Losant.Flow'
    }

    It 'creates a workflow from a hashtable and from JSON text' {
        (New-LosantFlow -ApplicationId $other -Flow @{ name = 'from-hashtable'; nodes = @() }).name | Should -Be 'from-hashtable'
        (New-LosantFlow -ApplicationId $other -Flow '{"name":"from-json","flowClass":"edge"}').flowClass | Should -Be 'edge'
    }

    It 'copies workflows from one application to another, leaving the read-only fields out' {
        $copies = Get-LosantFlow -ApplicationId $app -Filter 'ops*' | New-LosantFlow -ApplicationId $other
        $copies.name | Should -Be @('Ops: Nightly Report', 'Ops: Temperature Alert')
        $copies.applicationId | Should -Be @($other, $other)
        $source = Get-LosantFlow -ApplicationId $app -Filter 'Ops: Nightly Report'
        ConvertTo-CanonicalJson $copies[0].nodes | Should -Be (ConvertTo-CanonicalJson $source.nodes)
        $copies[0].id | Should -Not -Be $source.id
    }

    It 'refuses a field that Workflow Post does not define, and sends nothing' {
        $before = @(Get-LosantFlow -ApplicationId $other -FlowClass edge).Count
        New-LosantFlow -ApplicationId $other -Flow @{ name = 'bad'; flowClass = 'edge'; color = 'red' } -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'Losant.InvalidFlow,LosantFlows.Commands.NewLosantFlowCommand'
        $failures[0].Exception.Message | Should -BeLike "*field 'color'*"
        @(Get-LosantFlow -ApplicationId $other -FlowClass edge).Count | Should -Be $before
    }

    It 'under -WhatIf sends nothing' {
        New-LosantFlow -ApplicationId $other -Name 'what-if' -WhatIf
        @(Get-LosantFlow -ApplicationId $other -Filter 'what-if').Count | Should -Be 0
    }
}
