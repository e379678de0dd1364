# PSJson on values written in PowerShell syntax: the classic ConvertTo-Json / ConvertFrom-Json traps do not occur.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    # The engine lives in the module's private load context, where PowerShell does not look up type names: it loads
    # with the first connection, and PSJson is taken from the loaded assembly.
    $null = Connect-Losant -Endpoint http://127.0.0.1:9 -Token (ConvertTo-SecureString unused -AsPlainText -Force) -PassThru
    $engine = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'LosantFlows.Engine' }
    $PSJson = $engine.GetType('LosantFlows.Engine.PSJson', $true)
    function ConvertTo-PSJsonText($Value) { $PSJson::SerializeToString($Value) }
    function ConvertFrom-PSJsonText([string] $Json) { , $PSJson::Parse($Json) }
}

Describe 'PSJson from PowerShell' {
    It 'round-trips a 60-level nested node config without depth truncation' {
        $config = [ordered]@{ leaf = 'x' }
        foreach ($i in 1..59) { $config = [ordered]@{ id = "n$i"; config = $config } }
        $expected = (-join (59..1 | ForEach-Object { "{""id"":""n$_"",""config"":" })) + '{"leaf":"x"}' + ('}' * 59)

        $json = ConvertTo-PSJsonText $config

        $json | Should -BeExactly $expected
        ConvertTo-PSJsonText (ConvertFrom-PSJsonText $json) | Should -BeExactly $expected
    }

    It 'keeps a one-element array an array: <Text>' -ForEach @(
        @{ Text = '@(1)'; Value = @(1); Json = '[1]' }
        @{ Text = ",@('a')"; Value = (, @('a')); Json = '[["a"]]' }
        @{ Text = '@{ ids = @(''n1'') }'; Value = @{ ids = @('n1') }; Json = '{"ids":["n1"]}' }
    ) {
        ConvertTo-PSJsonText $Value | Should -BeExactly $Json
    }

    It 'keeps an empty array []' {
        ConvertTo-PSJsonText @() | Should -BeExactly '[]'
        ConvertTo-PSJsonText @{ globals = @() } | Should -BeExactly '{"globals":[]}'
        $parsed = ConvertFrom-PSJsonText '{"globals":[]}'
        , $parsed.globals | Should -BeOfType [object[]]
        $parsed.globals.Count | Should -Be 0
    }

    It 'keeps a string that looks like a date a string' {
        $parsed = ConvertFrom-PSJsonText '{"when":"2016-06-13T04:00:00.000Z"}'
        $parsed.when | Should -BeOfType [string]
        $parsed.when | Should -BeExactly '2016-06-13T04:00:00.000Z'
        ConvertTo-PSJsonText $parsed | Should -BeExactly '{"when":"2016-06-13T04:00:00.000Z"}'
    }

    It 'writes a [datetime] as ISO 8601 UTC with Z' {
        ConvertTo-PSJsonText ([datetime]'2016-06-13T04:00:00Z') | Should -BeExactly '"2016-06-13T04:00:00.0000000Z"'
        ConvertTo-PSJsonText ([datetime]::new(2016, 6, 13, 4, 0, 0, [DateTimeKind]::Utc)) | Should -BeExactly '"2016-06-13T04:00:00.0000000Z"'
    }

    It 'keeps $null null' {
        ConvertTo-PSJsonText $null | Should -BeExactly 'null'
        ConvertTo-PSJsonText ([ordered]@{ a = $null }) | Should -BeExactly '{"a":null}'
        (ConvertFrom-PSJsonText '{"a":null}').a | Should -BeNullOrEmpty
    }

    It 'keeps the key order of an [ordered] hashtable' {
        ConvertTo-PSJsonText ([ordered]@{ zeta = 1; alpha = 2; mid = 3 }) | Should -BeExactly '{"zeta":1,"alpha":2,"mid":3}'
    }

    It 'keeps the type of <Text>' -ForEach @(
        @{ Text = '1'; Value = 1; Json = '1' }
        @{ Text = '[long]1'; Value = [long]1; Json = '1' }
        @{ Text = '[double]1.5'; Value = [double]1.5; Json = '1.5' }
        @{ Text = '[double]2'; Value = [double]2; Json = '2.0' }
        @{ Text = '[decimal]0.1'; Value = [decimal]0.1; Json = '0.1' }
        @{ Text = '[int64]::MaxValue'; Value = [int64]::MaxValue; Json = '9223372036854775807' }
        @{ Text = '1e300'; Value = 1e300; Json = '1E+300' }
    ) {
        ConvertTo-PSJsonText $Value | Should -BeExactly $Json
    }

    It 'parses numbers back to the same types' {
        $parsed = ConvertFrom-PSJsonText '{"i":1,"l":9223372036854775807,"d":1.5,"whole":2.0}'
        $parsed.i | Should -BeOfType [int]
        $parsed.l | Should -BeOfType [long]
        $parsed.l | Should -Be ([int64]::MaxValue)
        $parsed.d | Should -BeOfType [double]
        $parsed.whole | Should -BeOfType [double]
        ConvertTo-PSJsonText $parsed | Should -BeExactly '{"i":1,"l":9223372036854775807,"d":1.5,"whole":2.0}'
    }

    It 'names the path of a reference cycle in a hashtable' {
        $flow = @{ nodes = @(@{ id = 'n1' }) }
        $flow.nodes[0].config = $flow
        $thrown = { ConvertTo-PSJsonText $flow } | Should -Throw -PassThru
        $thrown.Exception.InnerException | Should -BeOfType [System.FormatException]
        $thrown.Exception.InnerException.Message | Should -BeExactly '$.nodes[0].config: the value contains a reference cycle.'
    }

    It 'writes plus, angle brackets, ampersand, apostrophe and non-ASCII literally, like JSON.stringify' {
        ConvertTo-PSJsonText @{ '$startsWith' = "A+B <c> & 'd' ü" } | Should -BeExactly '{"$startsWith":"A+B <c> & ''d'' ü"}'
    }
}
