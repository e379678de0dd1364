BeforeAll {
    . $PSScriptRoot/Common.ps1
    $standIn = Start-TestStandIn
    $app = $standIn.ApplicationIds[0]
}

AfterAll {
    Disconnect-Losant
    $standIn | Stop-LosantStandIn
}

Describe 'Connect-Losant' {
    BeforeEach {
        $savedToken = $env:LOSANT_API_TOKEN
        $savedUrl = $env:LOSANT_API_URL
        Remove-Item Env:LOSANT_API_TOKEN, Env:LOSANT_API_URL -ErrorAction SilentlyContinue
    }
    AfterEach {
        $env:LOSANT_API_TOKEN = $savedToken
        $env:LOSANT_API_URL = $savedUrl
    }

    It 'connects with -Token and shows the endpoint and method, never the token' {
        $token = ConvertTo-SecureString $standIn.Token -AsPlainText -Force
        $connection = Connect-Losant -Endpoint $standIn.Endpoint -Token $token -PassThru
        $connection.Endpoint | Should -Be $standIn.Endpoint
        $connection.AuthenticationMethod | Should -Be 'Token'
        ($connection | Format-List * | Out-String) | Should -Not -Match ([regex]::Escape($standIn.Token))
        (Get-LosantConnection).Endpoint | Should -Be $standIn.Endpoint
        @(Get-LosantFlow -ApplicationId $app).Count | Should -Be 0
    }

    It 'signs in with -Credential through POST /auth/user' {
        $password = ConvertTo-SecureString 'standin-password' -AsPlainText -Force
        $credential = [pscredential]::new('admin@example.com', $password)
        $connection = Connect-Losant -Endpoint $standIn.Endpoint -Credential $credential -PassThru
        $connection.AuthenticationMethod | Should -Be 'Credential'
        $connection.UserName | Should -Be 'admin@example.com'
        @(Get-LosantFlow -ApplicationId $app).Count | Should -Be 0
    }

    It 'stops with a clear error when the password is wrong' {
        $credential = [pscredential]::new('admin@example.com', (ConvertTo-SecureString 'wrong' -AsPlainText -Force))
        { Connect-Losant -Endpoint $standIn.Endpoint -Credential $credential } |
            Should -Throw -ErrorId 'Losant.SignInRefused,LosantFlows.Commands.ConnectLosantCommand'
    }

    It 'reads LOSANT_API_TOKEN and LOSANT_API_URL without parameters' {
        $env:LOSANT_API_TOKEN = $standIn.Token
        $env:LOSANT_API_URL = $standIn.Endpoint.AbsoluteUri
        $connection = Connect-Losant -PassThru
        $connection.AuthenticationMethod | Should -Be 'Environment'
        $connection.Endpoint | Should -Be $standIn.Endpoint
    }

    It 'rejects an endpoint that is not an absolute http(s) URI' {
        $token = ConvertTo-SecureString 'x' -AsPlainText -Force
        { Connect-Losant -Endpoint 'ftp://example.com' -Token $token } | Should -Throw '*must be an absolute http:// or https:// URI*'
    }

    It 'without any connection, a cmdlet stops and says how to connect' {
        Disconnect-Losant
        { Get-LosantFlow -ApplicationId $app } | Should -Throw '*Not connected to Losant. Run Connect-Losant*'
    }

    It 'without a session connection, a cmdlet uses the environment variables' {
        Disconnect-Losant
        $env:LOSANT_API_TOKEN = $standIn.Token
        $env:LOSANT_API_URL = $standIn.Endpoint.AbsoluteUri
        @(Get-LosantFlow -ApplicationId $app).Count | Should -Be 0
        (Get-LosantConnection).AuthenticationMethod | Should -Be 'Environment'
    }

    It 'prefers -Connection over the session connection' {
        $token = ConvertTo-SecureString 'not-the-token' -AsPlainText -Force
        Connect-Losant -Endpoint $standIn.Endpoint -Token $token
        { Get-LosantFlow -ApplicationId $app } | Should -Throw -ErrorId 'Losant.Unauthorized,LosantFlows.Commands.GetLosantFlowCommand'
        @(Get-LosantFlow -ApplicationId $app -Connection $standIn.Connection).Count | Should -Be 0
    }
}
