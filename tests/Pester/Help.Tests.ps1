# The help generated from docs/help (build.ps1 build): every exported cmdlet has a synopsis, a description, at least
# two examples, and documents exactly the parameters it has; about_LosantFlows is found.
BeforeDiscovery {
    . $PSScriptRoot/Common.ps1
    $cmdlets = @(Get-Command -Module LosantFlows -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    $common = [System.Management.Automation.PSCmdlet]::CommonParameters
}

Describe 'Help of <Name>' -ForEach $cmdlets {
    BeforeAll {
        $help = Get-Help $Name -Full
        $command = Get-Command $Name
    }

    It 'comes from the MAML file, with a synopsis that is not the generated syntax' {
        Split-Path -Leaf $command.HelpFile | Should -Be 'LosantFlows.dll-Help.xml'
        Test-Path (Join-Path $ModulePath "en-US/LosantFlows.dll-Help.xml") | Should -BeTrue
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^\s*$Name\s"
    }

    It 'has a description' {
        ($help.description.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples, each with code and a remark' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.code | Should -Not -BeNullOrEmpty
            ($example.remarks.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty
        }
    }

    It 'documents every parameter it has, and none it does not have' {
        $actual = @($command.Parameters.Keys | Where-Object { $common -notcontains $_ } | Sort-Object)
        $documented = @($help.parameters.parameter | Where-Object { $_ } | ForEach-Object { $_.name } | Sort-Object)
        $documented | Should -Be $actual -Because "docs/help/$Name.md must list the parameters of $Name"
    }

    It 'describes every parameter, with its type, and says whether it is required and where it binds' {
        foreach ($parameter in @($help.parameters.parameter | Where-Object { $_ })) {
            ($parameter.description.Text -join ' ').Trim() | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) needs a description"
            $parameter.type.name | Should -Not -BeNullOrEmpty
            $parameter.required | Should -Be ([string]($command.Parameters[$parameter.name].Attributes |
                Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] } |
                ForEach-Object Mandatory | Sort-Object -Descending | Select-Object -First 1)).ToLowerInvariant() -Because "-$($parameter.name)"
        }
    }

    It 'names its inputs and outputs and has related links' {
        @($help.inputTypes.inputType).Count | Should -BeGreaterThan 0
        @($help.returnValues.returnValue).Count | Should -BeGreaterThan 0
        @($help.relatedLinks.navigationLink).Count | Should -BeGreaterThan 0
    }
}

Describe 'about_LosantFlows' {
    It 'is found by Get-Help and covers connecting, paging, errors, retries and scheduled jobs' {
        $topic = Get-Help about_LosantFlows | Out-String
        $topic | Should -Match 'about_LosantFlows'
        foreach ($subject in 'CONNECTING', 'PAGING AND STREAMING', 'ERRORS', 'RETRIES, TIMEOUTS AND PROXIES', 'SCHEDULED JOBS', 'LOSANT_API_TOKEN', 'MaximumRetryCount') {
            $topic | Should -Match ([regex]::Escape($subject))
        }
    }
}
