# LosantFlows beside other modules' versions of its dependencies (issue 6): the engine and every third-party assembly
# live in out/LosantFlows/dependencies and load into a private AssemblyLoadContext, so older Microsoft.Extensions.*
# (6.0.0, restored from NuGet by PesterPackage.csproj, as Az or PnP would bring them) work in the same session
# whichever is loaded first. Every scenario runs in its own child `dotnet pwsh`, because an assembly loaded into a
# session stays there; the child writes what it saw as one JSON document on stdout and the tests compare exact values.
BeforeAll {
    . $PSScriptRoot/Common.ps1

    # One stand-in for the file, one application per scenario, so that the scenarios cannot see each other's flows.
    $apps = [ordered]@{
        Preloaded = '5f1e2d3c4b5a6978877665a1'
        LoadedAfter = '5f1e2d3c4b5a6978877665a2'
        Reimported = '5f1e2d3c4b5a6978877665a3'
        Contexts = '5f1e2d3c4b5a6978877665a4'
    }
    $standIn = Start-LosantStandIn -StandInPath $StandInPath -ApplicationId @($apps.Values)
    $work = Join-Path ([IO.Path]::GetTempPath()) ('losantflows-isolation-' + [guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $work
    $moduleFolder = (Resolve-Path $ModulePath).Path
    $dependencies = Join-Path $moduleFolder 'dependencies'

    # The 6.0.0 assemblies, in an order where each one's references are loaded before it. The lib folder is the
    # package's net6.0 build where it has one, else its netstandard2.0 build (Microsoft.Extensions.Http 6.0.0 has
    # only that).
    $olderIds = @(
        'Microsoft.Extensions.Primitives'
        'Microsoft.Extensions.DependencyInjection.Abstractions'
        'Microsoft.Extensions.DependencyInjection'
        'Microsoft.Extensions.Logging.Abstractions'
        'Microsoft.Extensions.Options'
        'Microsoft.Extensions.Logging'
        'Microsoft.Extensions.Http'
    )
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $olderPaths = foreach ($id in $olderIds) {
        $lib = Join-Path $packages "$($id.ToLowerInvariant())/6.0.0/lib"
        $file = 'net6.0', 'netstandard2.0' | ForEach-Object { Join-Path $lib "$_/$id.dll" } | Where-Object { Test-Path $_ } | Select-Object -First 1
        if (-not $file) { throw "$id 6.0.0 is not restored under $lib; run: dotnet restore tests/Pester/PesterPackage.csproj" }
        $file
    }

    # Shared by every child script: parameters, the report of where an assembly came from, loading and using the
    # 6.0.0 assemblies, and the JSON answer (with the step and the whole exception chain when something threw).
    $childPrelude = @'
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $Endpoint,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ApplicationId,
    [Parameter(Mandatory)] [string] $OlderAssemblies,
    [Parameter(Mandatory)] [string] $SamplesPath,
    [Parameter(Mandatory)] [string] $WorkPath
)
$ErrorActionPreference = 'Stop'
Remove-Item Env:LOSANT_API_TOKEN, Env:LOSANT_API_URL -ErrorAction Ignore
$result = [ordered]@{ Failure = $null }
$step = 'start'

function Get-AssemblyReport([System.Reflection.Assembly] $Assembly) {
    $context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($Assembly)
    [ordered]@{
        Name      = $Assembly.GetName().Name
        Version   = $Assembly.GetName().Version.ToString()
        Context   = if ($null -eq $context) { '(none)' } elseif ([object]::ReferenceEquals($context, [System.Runtime.Loader.AssemblyLoadContext]::Default)) { 'Default' } else { 'Private:' + $context.Name }
        Location  = $Assembly.Location
    }
}

function Get-LoadedAssembly([string] $Name) {
    @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq $Name })
}

# Loads the 6.0.0 assemblies into the default context, as a module that ships them next to its own dll would.
function Import-OlderExtensions {
    foreach ($path in $OlderAssemblies.Split([IO.Path]::PathSeparator)) {
        $null = [System.Reflection.Assembly]::LoadFrom($path)
    }
}

# Uses each of the 6.0.0 assemblies through PowerShell type literals, as a user of another module would, and reports
# which assembly every type involved came from.
function Use-OlderExtensions {
    $seen = [System.Collections.Generic.List[object]]::new()
    function Add-Seen([type] $Type) { $seen.Add([ordered]@{ Type = ('{0}.{1}' -f $Type.Namespace, $Type.Name) } + (Get-AssemblyReport $Type.Assembly)) }

    $values = [Microsoft.Extensions.Primitives.StringValues]::new([string[]]@('a', 'b'))
    if ($values.Count -ne 2) { throw "StringValues counted $($values.Count)" }
    Add-Seen $values.GetType()
    $services = [Microsoft.Extensions.DependencyInjection.ServiceCollection]::new()
    Add-Seen $services.GetType()
    $null = [Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions]::AddHttpClient($services)
    Add-Seen ([Microsoft.Extensions.DependencyInjection.ServiceDescriptor])
    $provider = [Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions]::BuildServiceProvider($services)
    try {
        Add-Seen $provider.GetType()
        $factory = [Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions]::GetRequiredService($provider, [System.Net.Http.IHttpClientFactory])
        Add-Seen ([System.Net.Http.IHttpClientFactory])
        Add-Seen $factory.GetType()
        $client = [System.Net.Http.HttpClientFactoryExtensions]::CreateClient($factory)
        Add-Seen $client.GetType()
        $client.Dispose()
        $loggers = [Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions]::GetRequiredService($provider, [Microsoft.Extensions.Logging.ILoggerFactory])
        Add-Seen ([Microsoft.Extensions.Logging.ILoggerFactory])
        Add-Seen $loggers.GetType()
        $options = [Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions]::GetRequiredService($provider, [Microsoft.Extensions.Options.IOptionsMonitor[Microsoft.Extensions.Http.HttpClientFactoryOptions]])
        Add-Seen $options.GetType()
    }
    finally {
        $provider.Dispose()
    }
    , $seen.ToArray()
}

function Get-FlowSummary($Flows) {
    , @($Flows | ForEach-Object { [ordered]@{ id = $_.id; name = $_.name; flowClass = $_.flowClass } })
}

function Connect-StandIn {
    Connect-Losant -Endpoint $Endpoint -Token (ConvertTo-SecureString $Token -AsPlainText -Force)
}

try {
'@
    $childEpilogue = @'
}
catch {
    $messages = [System.Collections.Generic.List[string]]::new()
    for ($e = $_.Exception; $null -ne $e; $e = $e.InnerException) {
        $messages.Add(('{0}: {1}' -f $e.GetType().FullName, $e.Message))
        if ($e -is [System.Reflection.ReflectionTypeLoadException]) {
            foreach ($loader in $e.LoaderExceptions) { $messages.Add('loader: ' + $loader.Message) }
        }
    }
    $result.Failure = [ordered]@{ Step = $step; ErrorId = $_.FullyQualifiedErrorId; Messages = $messages.ToArray() }
}
$result | ConvertTo-Json -Depth 10 -Compress
'@

    # Runs one scenario in a fresh `dotnet pwsh` and returns its JSON answer. A child that writes no JSON, or does not
    # end within 40 s, fails the test with its exit code and both streams.
    function Invoke-IsolationScenario([string] $Name, [string] $Body, [string] $ApplicationId) {
        $script = Join-Path $work "$Name.ps1"
        Set-Content -LiteralPath $script -Encoding utf8 -Value ($childPrelude + "`n" + $Body + "`n" + $childEpilogue)
        $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
        $start.WorkingDirectory = $RepoRoot
        foreach ($a in @('pwsh', '-NoProfile', '-NonInteractive', '-File', $script,
                '-ModulePath', $moduleFolder, '-Endpoint', $standIn.Endpoint.AbsoluteUri, '-Token', $standIn.Token,
                '-ApplicationId', $ApplicationId, '-OlderAssemblies', ($olderPaths -join [IO.Path]::PathSeparator),
                '-SamplesPath', $SamplesPath, '-WorkPath', (Join-Path $work $Name))) {
            $start.ArgumentList.Add($a)
        }
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $start.UseShellExecute = $false
        $process = [System.Diagnostics.Process]::Start($start)
        try {
            $stdout = $process.StandardOutput.ReadToEndAsync()
            $stderr = $process.StandardError.ReadToEndAsync()
            if (-not $process.WaitForExit(40000)) {
                $process.Kill($true)
                throw "The '$Name' child did not finish within 40 s. stderr: $($stderr.Result)"
            }
            $process.WaitForExit()
            $json = ($stdout.Result -split "`r?`n" | Where-Object { $_.StartsWith('{') } | Select-Object -Last 1)
            if (-not $json) {
                throw "The '$Name' child wrote no JSON (exit code $($process.ExitCode)). stdout: $($stdout.Result) stderr: $($stderr.Result)"
            }
            $json | ConvertFrom-Json -NoEnumerate
        }
        finally {
            $process.Dispose()
        }
    }

    # '' when the child got through, else the step it stopped at and every message of the exception chain.
    function Format-ChildFailure($Answer) {
        if ($null -eq $Answer.Failure) { return '' }
        "stopped at step '$($Answer.Failure.Step)' ($($Answer.Failure.ErrorId)): $($Answer.Failure.Messages -join ' ---> ')"
    }

    function Format-Seen($Seen) {
        @($Seen | Where-Object { $null -ne $_ } | ForEach-Object { '{0} <- {1} {2} {3}' -f $_.Type, $_.Name, $_.Version, $_.Context })
    }

    # What Use-OlderExtensions must see: every Microsoft.Extensions type from the 6.0.0 assemblies in the default
    # context, and HttpClient from the runtime.
    $expectedOlderUse = @(
        'Microsoft.Extensions.Primitives.StringValues <- Microsoft.Extensions.Primitives 6.0.0.0 Default'
        'Microsoft.Extensions.DependencyInjection.ServiceCollection <- Microsoft.Extensions.DependencyInjection.Abstractions 6.0.0.0 Default'
        'Microsoft.Extensions.DependencyInjection.ServiceDescriptor <- Microsoft.Extensions.DependencyInjection.Abstractions 6.0.0.0 Default'
        'Microsoft.Extensions.DependencyInjection.ServiceProvider <- Microsoft.Extensions.DependencyInjection 6.0.0.0 Default'
        'System.Net.Http.IHttpClientFactory <- Microsoft.Extensions.Http 6.0.0.0 Default'
        'Microsoft.Extensions.Http.DefaultHttpClientFactory <- Microsoft.Extensions.Http 6.0.0.0 Default'
        'System.Net.Http.HttpClient <- System.Net.Http 10.0.0.0 Default'
        'Microsoft.Extensions.Logging.ILoggerFactory <- Microsoft.Extensions.Logging.Abstractions 6.0.0.0 Default'
        'Microsoft.Extensions.Logging.LoggerFactory <- Microsoft.Extensions.Logging 6.0.0.0 Default'
        'Microsoft.Extensions.Options.OptionsMonitor`1 <- Microsoft.Extensions.Options 6.0.0.0 Default'
    )
    $sampleNames = @('Billing: Webhook Ingest', 'Convert Units', 'Edge: Modbus Poll', 'Ops: Nightly Report', 'Ops: Temperature Alert')
}

AfterAll {
    Disconnect-Losant
    $standIn | Stop-LosantStandIn
    Remove-Item -Recurse -Force $work -ErrorAction Ignore
}

Describe 'The module layout' {
    It 'holds only the manifest, the cmdlet assembly, the format and type files and help at its root' {
        @(Get-ChildItem -LiteralPath $moduleFolder -Force | ForEach-Object Name | Sort-Object) |
            Should -Be @('dependencies', 'en-US', 'LosantFlows.dll', 'LosantFlows.Format.ps1xml', 'LosantFlows.psd1', 'LosantFlows.Types.ps1xml')
    }

    It 'keeps the engine and every third-party assembly under dependencies/, and no dll anywhere else' {
        @(Get-ChildItem -LiteralPath $moduleFolder -Recurse -File -Filter *.dll |
            Where-Object { $_.DirectoryName -ne $dependencies } | ForEach-Object { $_.FullName.Substring($moduleFolder.Length + 1) }) |
            Should -Be @('LosantFlows.dll')
        $shipped = @(Get-ChildItem -LiteralPath $dependencies -File -Filter *.dll | ForEach-Object Name)
        foreach ($name in 'LosantFlows.Engine.dll', 'System.Text.Json.dll', 'Microsoft.Extensions.Http.dll',
            'Microsoft.Extensions.DependencyInjection.dll', 'Microsoft.Extensions.Logging.dll', 'Microsoft.Extensions.Options.dll',
            'Microsoft.Extensions.Http.Resilience.dll', 'Polly.Core.dll') {
            $shipped | Should -Contain $name
        }
        $shipped | Should -Not -Contain 'System.Management.Automation.dll'
        $shipped | Should -Not -Contain 'LosantFlows.dll'
    }
}

Describe 'Microsoft.Extensions.* 6.0.0 loaded before LosantFlows' {
    BeforeAll {
        $app = $apps.Preloaded
        $answer = Invoke-IsolationScenario -Name 'preloaded' -ApplicationId $app -Body @'
    $step = 'load Microsoft.Extensions.* 6.0.0 into the default context'
    Import-OlderExtensions
    $step = 'use Microsoft.Extensions.* 6.0.0 before importing LosantFlows'
    $result.OlderBefore = Use-OlderExtensions
    $step = 'Import-Module LosantFlows'
    Import-Module $ModulePath
    $step = 'Connect-Losant -Token'
    Connect-StandIn
    $step = 'Import-LosantFlow'
    $import = Get-ChildItem -LiteralPath $SamplesPath -File | Import-LosantFlow -ApplicationId $ApplicationId
    $result.Imported = Get-FlowSummary ($import.flows | Sort-Object name)
    $step = 'New-LosantFlow'
    $result.Created = Get-FlowSummary (New-LosantFlow -ApplicationId $ApplicationId -Name 'isolation-preloaded')
    $step = 'Get-LosantFlow'
    $result.Listed = Get-FlowSummary (Get-LosantFlow -ApplicationId $ApplicationId)
    $step = 'Get-LosantFlowVersion'
    $result.Versions = @(Get-LosantFlowVersion -ApplicationId $ApplicationId -Version develop | ForEach-Object { [ordered]@{ flowId = $_.flowId; version = $_.version } })
    $step = 'Get-LosantFlowPalette'
    $result.Palette = @(Get-LosantFlowPalette -ApplicationId $ApplicationId | ForEach-Object name)
    $step = 'Export-LosantFlow'
    $result.Exported = @(Export-LosantFlow -ApplicationId $ApplicationId -Query @{} -Path $WorkPath | ForEach-Object Name | Sort-Object)
    $step = 'Get-LosantConnection'
    $connection = Get-LosantConnection
    $result.Connection = [ordered]@{ Endpoint = "$($connection.Endpoint)"; AuthenticationMethod = $connection.AuthenticationMethod.ToString() }
    $step = 'Disconnect-Losant'
    Disconnect-Losant
    $result.AfterDisconnect = try { Get-LosantConnection; 'still connected' } catch { $_.FullyQualifiedErrorId }
    $step = 'use Microsoft.Extensions.* 6.0.0 after LosantFlows'
    $result.OlderAfter = Use-OlderExtensions
    $result.DefaultContext = [ordered]@{}
    foreach ($name in 'Microsoft.Extensions.Primitives', 'Microsoft.Extensions.DependencyInjection.Abstractions', 'Microsoft.Extensions.DependencyInjection',
        'Microsoft.Extensions.Logging.Abstractions', 'Microsoft.Extensions.Options', 'Microsoft.Extensions.Logging', 'Microsoft.Extensions.Http') {
        $result.DefaultContext[$name] = @(Get-LoadedAssembly $name | ForEach-Object { Get-AssemblyReport $_ } | Where-Object Context -eq 'Default' | ForEach-Object Version)
    }
    $result.ModuleHttp = @(Get-LoadedAssembly 'Microsoft.Extensions.Http' | ForEach-Object { Get-AssemblyReport $_ } | Where-Object Context -ne 'Default' | ForEach-Object { [ordered]@{ Version = $_.Version; Location = $_.Location } })
'@
    }

    It 'runs every cmdlet without an error' {
        Format-ChildFailure $answer | Should -BeNullOrEmpty
    }

    It 'used the 6.0.0 assemblies from the default context before the import' {
        Format-Seen $answer.OlderBefore | Should -Be $expectedOlderUse
    }

    It 'imports the samples, creates, lists and versions flows, lists the palette' {
        $answer.Imported.name | Should -Be $sampleNames
        $answer.Created.name | Should -Be 'isolation-preloaded'
        $answer.Created.flowClass | Should -Be 'cloud'
        $answer.Listed.name | Should -Be @('Billing: Webhook Ingest', 'Ops: Nightly Report', 'Ops: Temperature Alert', 'isolation-preloaded')
        $answer.Listed.id | Should -Be @(
            ($answer.Imported | Where-Object name -eq 'Billing: Webhook Ingest').id
            ($answer.Imported | Where-Object name -eq 'Ops: Nightly Report').id
            ($answer.Imported | Where-Object name -eq 'Ops: Temperature Alert').id
            $answer.Created.id)
        @($answer.Versions.version) | Should -Be @('develop', 'develop', 'develop', 'develop')
        @($answer.Versions.flowId | Sort-Object) | Should -Be @($answer.Listed.id | Sort-Object)
        $answer.Palette | Should -Be @('Convert Units')
    }

    It 'exports every flow of every class to one file each' {
        $expected = @($answer.Imported) + @($answer.Created) | ForEach-Object {
            '{0}.{1}.{2}' -f ($_.name -replace ':', '_'), $_.id, $(if ($_.flowClass -eq 'customNode') { 'node' } else { 'flow' })
        } | Sort-Object
        $answer.Exported | Should -Be @($expected)
    }

    It 'shows the connection and forgets it on Disconnect-Losant' {
        $answer.Connection.Endpoint | Should -Be $standIn.Endpoint.AbsoluteUri
        $answer.Connection.AuthenticationMethod | Should -Be 'Token'
        $answer.AfterDisconnect | Should -Be 'Losant.NotConnected,LosantFlows.Commands.GetLosantConnectionCommand'
    }

    It 'leaves the 6.0.0 assemblies alone in the default context, usable afterwards, and uses its own Microsoft.Extensions.Http privately' {
        Format-Seen $answer.OlderAfter | Should -Be $expectedOlderUse
        foreach ($name in $answer.DefaultContext.PSObject.Properties.Name) {
            @($answer.DefaultContext.$name) | Should -Be @('6.0.0.0') -Because "$name in the default context"
        }
        @($answer.DefaultContext.PSObject.Properties.Name).Count | Should -Be 7
        @($answer.ModuleHttp).Count | Should -Be 1
        $answer.ModuleHttp[0].Version | Should -Be ([System.Reflection.AssemblyName]::GetAssemblyName((Join-Path $dependencies 'Microsoft.Extensions.Http.dll')).Version.ToString())
        $answer.ModuleHttp[0].Location | Should -Be (Join-Path $dependencies 'Microsoft.Extensions.Http.dll')
    }
}

Describe 'Microsoft.Extensions.* 6.0.0 loaded after LosantFlows' {
    BeforeAll {
        $app = $apps.LoadedAfter
        $answer = Invoke-IsolationScenario -Name 'loaded-after' -ApplicationId $app -Body @'
    $step = 'Import-Module LosantFlows'
    Import-Module $ModulePath
    $step = 'Connect-Losant -Token'
    Connect-StandIn
    $step = 'New-LosantFlow'
    $result.Created = Get-FlowSummary (New-LosantFlow -ApplicationId $ApplicationId -Name 'isolation-loaded-after')
    $step = 'Get-LosantFlow before loading the 6.0.0 assemblies'
    $result.ListedBefore = Get-FlowSummary (Get-LosantFlow -ApplicationId $ApplicationId)
    $step = 'load Microsoft.Extensions.* 6.0.0 into the default context'
    Import-OlderExtensions
    $step = 'use Microsoft.Extensions.* 6.0.0 after LosantFlows'
    $result.Older = Use-OlderExtensions
    $step = 'Get-LosantFlow after loading the 6.0.0 assemblies'
    $result.ListedAfter = Get-FlowSummary (Get-LosantFlow -ApplicationId $ApplicationId)
'@
    }

    It 'runs without an error' {
        Format-ChildFailure $answer | Should -BeNullOrEmpty
    }

    It 'builds a ServiceCollection and an HttpClient with the 6.0.0 assemblies' {
        Format-Seen $answer.Older | Should -Be $expectedOlderUse
    }

    It 'still lists the flow it created before' {
        $answer.Created.name | Should -Be 'isolation-loaded-after'
        $answer.ListedBefore.id | Should -Be @($answer.Created.id)
        $answer.ListedAfter.id | Should -Be @($answer.Created.id)
        $answer.ListedAfter.name | Should -Be @('isolation-loaded-after')
    }
}

Describe 'Import-Module, Remove-Module, Import-Module -Force in one session' {
    BeforeAll {
        $app = $apps.Reimported
        $answer = Invoke-IsolationScenario -Name 'reimported' -ApplicationId $app -Body @'
    $step = 'first Import-Module'
    Import-Module $ModulePath
    Connect-StandIn
    $step = 'New-LosantFlow after the first import'
    $null = New-LosantFlow -ApplicationId $ApplicationId -Name 'isolation-first-import'
    $step = 'Remove-Module'
    Remove-Module LosantFlows
    $result.CommandsAfterRemove = @(Get-Command -Name '*-Losant*' -ErrorAction Ignore | ForEach-Object Name)
    $step = 'Import-Module -Force after Remove-Module'
    Import-Module $ModulePath -Force
    Connect-StandIn
    $step = 'New-LosantFlow after the second import'
    $null = New-LosantFlow -ApplicationId $ApplicationId -Name 'isolation-second-import'
    $step = 'Import-Module -Force over the loaded module'
    Import-Module $ModulePath -Force
    Connect-StandIn
    $step = 'Get-LosantFlow after the third import'
    $result.Listed = @(Get-LosantFlow -ApplicationId $ApplicationId | ForEach-Object name)
    $result.Engines = @(Get-LoadedAssembly 'LosantFlows.Engine' | ForEach-Object { Get-AssemblyReport $_ })
'@
    }

    It 'runs without an error' {
        Format-ChildFailure $answer | Should -BeNullOrEmpty
    }

    It 'has no cmdlets between Remove-Module and the next import' {
        $answer.CommandsAfterRemove | Should -BeNullOrEmpty
    }

    It 'calls the API after each import' {
        $answer.Listed | Should -Be @('isolation-first-import', 'isolation-second-import')
    }

    It 'keeps one engine, in a private context, across the imports' {
        @($answer.Engines).Count | Should -Be 1
        $answer.Engines[0].Context | Should -BeLike 'Private:*'
        $answer.Engines[0].Location | Should -Be (Join-Path $dependencies 'LosantFlows.Engine.dll')
    }
}

Describe 'The load contexts of the engine and its dependencies' {
    BeforeAll {
        $app = $apps.Contexts
        $answer = Invoke-IsolationScenario -Name 'contexts' -ApplicationId $app -Body @'
    $step = 'Import-Module LosantFlows'
    Import-Module $ModulePath
    Connect-StandIn
    $step = 'New-LosantFlow'
    $null = New-LosantFlow -ApplicationId $ApplicationId -Name 'isolation-contexts'
    $step = 'Get-LosantFlow'
    $result.Listed = @(Get-LosantFlow -ApplicationId $ApplicationId | ForEach-Object name)
    $step = 'inspect the load contexts'
    $engines = @(Get-LoadedAssembly 'LosantFlows.Engine')
    $result.Engines = @($engines | ForEach-Object { Get-AssemblyReport $_ })
    $result.Cmdlets = Get-AssemblyReport ([LosantFlows.Commands.GetLosantFlowCommand].Assembly)
    $engineContext = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($engines[0])
    $result.EngineContextIsDefault = [object]::ReferenceEquals($engineContext, [System.Runtime.Loader.AssemblyLoadContext]::Default)
    $result.Http = @(Get-LoadedAssembly 'Microsoft.Extensions.Http' | ForEach-Object {
        (Get-AssemblyReport $_) + [ordered]@{ SameContextAsEngine = [object]::ReferenceEquals([System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_), $engineContext) } })
    $result.Json = @(Get-LoadedAssembly 'System.Text.Json' | ForEach-Object { Get-AssemblyReport $_ })
    # What the engine's context answers for the System.Text.Json version the engine was built against.
    $result.JsonForEngine = Get-AssemblyReport ($engineContext.LoadFromAssemblyName([System.Reflection.AssemblyName]::new('System.Text.Json, Version=8.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51')))
    $result.RuntimeDirectory = [System.Runtime.InteropServices.RuntimeEnvironment]::GetRuntimeDirectory()
    $dependencies = [IO.Path]::Combine($ModulePath, 'dependencies')
    $result.OursInDefault = @([AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { Get-AssemblyReport $_ } |
        Where-Object { $_.Context -eq 'Default' -and $_.Location -and $_.Location.StartsWith($dependencies) } | ForEach-Object Name)
    $result.OursInPrivate = @([AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { Get-AssemblyReport $_ } |
        Where-Object { $_.Context -ne 'Default' -and $_.Location -and $_.Location.StartsWith($dependencies) } | ForEach-Object Name | Sort-Object)
'@
    }

    It 'runs without an error' {
        Format-ChildFailure $answer | Should -BeNullOrEmpty
        $answer.Listed | Should -Be @('isolation-contexts')
    }

    It 'loads the cmdlet assembly into the default context and the engine, once, into a private one' {
        $answer.Cmdlets.Context | Should -Be 'Default'
        $answer.Cmdlets.Location | Should -Be (Join-Path $moduleFolder 'LosantFlows.dll')
        @($answer.Engines).Count | Should -Be 1
        $answer.EngineContextIsDefault | Should -BeFalse
        $answer.Engines[0].Context | Should -BeLike 'Private:*'
        $answer.Engines[0].Location | Should -Be (Join-Path $dependencies 'LosantFlows.Engine.dll')
    }

    It 'loads Microsoft.Extensions.Http from dependencies/ into the engine''s context' {
        @($answer.Http).Count | Should -Be 1
        $answer.Http[0].SameContextAsEngine | Should -BeTrue
        $answer.Http[0].Context | Should -Be $answer.Engines[0].Context
        $answer.Http[0].Version | Should -Be '8.0.0.0'
        $answer.Http[0].Location | Should -Be (Join-Path $dependencies 'Microsoft.Extensions.Http.dll')
    }

    It 'takes System.Text.Json 10.0 from the runtime instead of its own 8.0' {
        [System.Reflection.AssemblyName]::GetAssemblyName((Join-Path $dependencies 'System.Text.Json.dll')).Version.ToString() | Should -Be '8.0.0.0'
        @($answer.Json).Count | Should -Be 1
        $answer.Json[0].Version | Should -Be '10.0.0.0'
        $answer.Json[0].Context | Should -Be 'Default'
        $answer.Json[0].Location | Should -Be (Join-Path $answer.RuntimeDirectory 'System.Text.Json.dll')
        $answer.JsonForEngine.Version | Should -Be '10.0.0.0'
        $answer.JsonForEngine.Location | Should -Be $answer.Json[0].Location
    }

    It 'loads nothing from dependencies/ into the default context' {
        $answer.OursInDefault | Should -BeNullOrEmpty
        $answer.OursInPrivate | Should -Contain 'LosantFlows.Engine'
        $answer.OursInPrivate | Should -Contain 'Microsoft.Extensions.Http'
        $answer.OursInPrivate | Should -Not -Contain 'System.Text.Json'
    }
}
