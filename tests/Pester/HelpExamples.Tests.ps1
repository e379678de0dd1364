# Runs every example of the generated help (Get-Help -Examples) against a fresh stand-in, each in a fresh scope with
# $ErrorActionPreference = 'Stop'; an example that writes any error fails. Examples marked with the comment
# '# Interactive: not run by the tests' (Read-Host, Get-Credential) are left out, and no cmdlet may have only those.
BeforeDiscovery {
    . $PSScriptRoot/Common.ps1
    $interactiveMark = '# Interactive: not run by the tests'
    $examples = foreach ($name in (Get-Command -Module LosantFlows -CommandType Cmdlet).Name) {
        $number = 0
        foreach ($example in @((Get-Help $name -Examples).examples.example)) {
            $number++
            @{ Name = $name; Number = $number; Code = [string]$example.code; Interactive = ([string]$example.code).Contains($interactiveMark) }
        }
    }
    $runnable = @($examples | Where-Object { -not $_.Interactive })
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    $standIn = Start-TestStandIn
    $app, $other = $standIn.ApplicationIds
    $endpoint = $standIn.Endpoint
    $token = ConvertTo-SecureString $standIn.Token -AsPlainText -Force
    $null = Get-ChildItem $SamplesPath -File | Import-LosantFlow -ApplicationId $app -Connection $standIn.Connection

    # The examples' working folder: ./flows holds copies of the sample exports.
    $workFolder = Join-Path ([System.IO.Path]::GetTempPath()) "LosantFlows.HelpExamples.$PID"
    New-Item -ItemType Directory -Force -Path (Join-Path $workFolder 'flows') | Out-Null
    Copy-Item (Join-Path $SamplesPath '*') (Join-Path $workFolder 'flows')

    # Examples for scheduled jobs read the environment, as a job would.
    $savedEnvironment = @{ LOSANT_API_TOKEN = $env:LOSANT_API_TOKEN; LOSANT_API_URL = $env:LOSANT_API_URL }
    $env:LOSANT_API_TOKEN = $standIn.Token
    $env:LOSANT_API_URL = $endpoint.AbsoluteUri
    Push-Location $workFolder
}

AfterAll {
    Pop-Location
    $env:LOSANT_API_TOKEN = $savedEnvironment.LOSANT_API_TOKEN
    $env:LOSANT_API_URL = $savedEnvironment.LOSANT_API_URL
    Disconnect-Losant
    $standIn | Stop-LosantStandIn
    Remove-Item -Recurse -Force $workFolder -ErrorAction SilentlyContinue
}

Describe 'Examples in the help' {
    It 'leaves out only examples marked interactive, and every cmdlet has examples that run' -TestCases @(@{ Examples = $examples }) {
        $Examples.Count | Should -BeGreaterThan 0
        foreach ($group in $Examples | Group-Object { $_.Name }) {
            @($group.Group | Where-Object { -not $_.Interactive }).Count | Should -BeGreaterThan 0 -Because "$($group.Name) needs an example the tests run"
        }
        foreach ($interactive in $Examples | Where-Object Interactive) {
            $interactive.Code | Should -Match 'Read-Host|Get-Credential' -Because 'only prompting examples are marked interactive'
        }
    }

    It '<Name> example <Number> runs without an error' -ForEach $runnable {
        Connect-Losant -Endpoint $endpoint -Token $token
        $example = [scriptblock]::Create("param(`$app, `$other, `$endpoint, `$token)`n`$ErrorActionPreference = 'Stop'`n$Code")
        $errors = $null
        $output = & $example $app $other $endpoint $token -ErrorVariable errors 2>&1 | Out-String -Width 200
        @($errors) | Where-Object { $_ } | Should -BeNullOrEmpty -Because "example $Number of $Name wrote: $output"
    }
}
