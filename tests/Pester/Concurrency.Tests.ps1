# Several runspaces at once share one connection's socket pool and get correct answers.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    $standIn = Start-TestStandIn
    $app = $standIn.ApplicationIds[0]
    $null = 0..7 | ForEach-Object { New-LosantFlow -ApplicationId $app -Name ('parallel-{0}' -f $_) }
}

AfterAll {
    Disconnect-Losant
    $standIn | Stop-LosantStandIn
}

Describe 'ForEach-Object -Parallel' {
    It 'runs 8 runspaces x 50 calls with no errors, each answer right, on a bounded number of TCP connections' {
        $before = Invoke-RestMethod -Uri ([uri]::new($standIn.Endpoint, '/_standin/stats'))
        $connection = $standIn.Connection
        $results = 0..7 | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:ModulePath
            $worker = $_
            foreach ($call in 1..50) {
                $flow = Get-LosantFlow -ApplicationId $using:app -Connection $using:connection -Page $worker -PerPage 1 -ErrorAction Stop
                [pscustomobject]@{ Worker = $worker; Name = $flow.name }
            }
        }
        $after = Invoke-RestMethod -Uri ([uri]::new($standIn.Endpoint, '/_standin/stats'))

        $results.Count | Should -Be 400
        $results | Where-Object { $_.Name -ne ('parallel-{0}' -f $_.Worker) } | Should -BeNullOrEmpty
        ($after.requests - $before.requests) | Should -Be 400
        ($after.connections - $before.connections) | Should -BeLessOrEqual 8
    }
}
