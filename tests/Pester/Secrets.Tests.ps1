# The token and the password never appear in any stream, transcript, error record or serialized connection.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    $secretToken = 'tok-' + [guid]::NewGuid().ToString('N')
    $wrongToken = 'wrong-' + [guid]::NewGuid().ToString('N')
    $standIn = Start-LosantStandIn -StandInPath $StandInPath -Token $secretToken
    $app = $standIn.ApplicationIds[0]
    $transcript = Join-Path ([IO.Path]::GetTempPath()) ("losantflows-transcript-{0}.txt" -f [guid]::NewGuid())
}

AfterAll {
    Disconnect-Losant
    $standIn | Stop-LosantStandIn
    Remove-Item $transcript -ErrorAction SilentlyContinue
}

Describe 'Secrets' {
    It 'never show the token or the password, with -Verbose -Debug, in a transcript, in errors or in the connection' {
        $Error.Clear()
        $null = Start-Transcript -Path $transcript
        $everything = & {
            $connection = Connect-Losant -Endpoint $standIn.Endpoint -Token (ConvertTo-SecureString $secretToken -AsPlainText -Force) -PassThru -Verbose -Debug
            Get-LosantFlow -ApplicationId $app -Verbose -Debug
            New-LosantFlow -ApplicationId $app -Name 'secret-test' -Verbose -Debug
            Get-LosantFlow -ApplicationId 'aaaaaaaaaaaaaaaaaaaaaaaa' -Verbose -Debug -ErrorAction Continue
            $connection | Format-List * | Out-String
            $connection | ConvertTo-Json -Depth 5
            $connection.ToString()
            Get-LosantConnection | Format-List * -Force | Out-String
            $password = ConvertTo-SecureString 'standin-password' -AsPlainText -Force
            Connect-Losant -Endpoint $standIn.Endpoint -Credential ([pscredential]::new('admin@example.com', $password)) -Verbose -Debug
            Get-LosantFlow -ApplicationId $app -Verbose -Debug
            Connect-Losant -Endpoint $standIn.Endpoint -Token (ConvertTo-SecureString $wrongToken -AsPlainText -Force) -Verbose -Debug
            try { Get-LosantFlow -ApplicationId $app -Verbose -Debug } catch { $_ | Format-List * -Force | Out-String; $_.Exception.ToString() }
        } *>&1 | Out-String -Width 500
        $null = Stop-Transcript
        $errors = $Error | ForEach-Object { $_ | Format-List * -Force | Out-String -Width 500; $_.Exception.ToString() }
        $recorded = Get-Content -Raw $transcript

        foreach ($secret in $secretToken, $wrongToken, 'standin-password') {
            $everything | Should -Not -Match ([regex]::Escape($secret))
            $recorded | Should -Not -Match ([regex]::Escape($secret))
            ($errors -join "`n") | Should -Not -Match ([regex]::Escape($secret))
        }
        $everything | Should -Match 'GET /applications/\S+  200 OK'
        $everything | Should -Match 'secret-test'
        $Error.FullyQualifiedErrorId | Should -Contain 'Losant.NotFound,LosantFlows.Commands.GetLosantFlowCommand'
        $Error.FullyQualifiedErrorId | Should -Contain 'Losant.Unauthorized,LosantFlows.Commands.GetLosantFlowCommand'
    }
}
