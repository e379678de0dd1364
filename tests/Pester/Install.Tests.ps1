# The package from `build.ps1 package` installs with PSResourceGet and works by name in a fresh process: packed by
# New-ModulePackage, published into a temporary local folder repository, installed with Install-PSResource into a
# clean module path, imported by name and used against the stand-in, as an admin (or a scheduled job) would.
# The user's own module folders and PSResourceGet repository settings are left as they were: on Linux and macOS the
# child runs with HOME pointing at a temporary folder, so CurrentUser scope and the repository store live there; on
# Windows, where CurrentUser scope follows the Documents folder and cannot be redirected, the child uses
# Save-PSResource into the clean path and unregisters the temporary repository in a finally block.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Import-Module (Join-Path $RepoRoot 'scripts/PackageTasks.psm1') -Force

    $standIn = Start-TestStandIn
    $app = $standIn.ApplicationIds[0]
    $seeded = 'install-check: backup', 'install-check: report'
    $seeded | ForEach-Object { $null = New-LosantFlow -ApplicationId $app -Name $_ -Connection $standIn.Connection }

    $builtVersion = (Import-PowerShellDataFile (Join-Path $ModulePath 'LosantFlows.psd1')).ModuleVersion
    $work = Join-Path ([IO.Path]::GetTempPath()) ('losantflows-install-' + [guid]::NewGuid().ToString('n'))
    $repository = Join-Path $work 'repository'
    $childHome = Join-Path $work 'home'
    # Where the child's module path points: CurrentUser scope under the temporary HOME, or a plain folder on Windows.
    $cleanModules = if ($IsWindows) { Join-Path $work 'Modules' } else { Join-Path $childHome '.local/share/powershell/Modules' }
    $resultPath = Join-Path $work 'result.json'
    # The XDG folders exist under the temporary HOME: .NET reports a missing one as '' and tools would then write
    # their settings relative to the working directory (the repository).
    New-Item -ItemType Directory -Force -Path $repository, $cleanModules,
        (Join-Path $childHome '.config'), (Join-Path $childHome '.cache'), (Join-Path $childHome '.local/share') | Out-Null

    $repositoriesBefore = @(Get-PSResourceRepository | ForEach-Object Name | Sort-Object)
    $realUserModule = Join-Path ($env:PSModulePath -split [IO.Path]::PathSeparator | Select-Object -First 1) "LosantFlows/$builtVersion"
    $realUserModuleExisted = Test-Path $realUserModule

    $package = New-ModulePackage -Root $RepoRoot -ModulePath $ModulePath -Destination (Join-Path $work 'package')

    $childScript = {
        param($NupkgPath, $RepositoryPath, $ModulesPath, $ApplicationId, $ResultPath)
        $ErrorActionPreference = 'Stop'
        $env:PSModulePath = $ModulesPath + [IO.Path]::PathSeparator + (Join-Path $PSHOME 'Modules')
        Import-Module Microsoft.PowerShell.PSResourceGet
        $repositoryName = 'LosantFlowsInstallTest' + [guid]::NewGuid().ToString('n')
        $result = [ordered]@{ RepositoryName = $repositoryName }
        Register-PSResourceRepository -Name $repositoryName -Uri $RepositoryPath -Trusted
        try {
            Publish-PSResource -NupkgPath $NupkgPath -Repository $repositoryName
            $result.Published = @(Get-ChildItem -LiteralPath $RepositoryPath -File | ForEach-Object Name)
            if ($IsWindows) {
                Save-PSResource -Name LosantFlows -Repository $repositoryName -TrustRepository -Path $ModulesPath
            }
            else {
                Install-PSResource -Name LosantFlows -Repository $repositoryName -TrustRepository -Scope CurrentUser
            }
            $result.InstalledVersion = (Get-InstalledPSResource -Name LosantFlows -Path $ModulesPath).Version.ToString()
            Import-Module LosantFlows
            $result.ModuleVersion = (Get-Module LosantFlows).Version.ToString()
            $result.ModuleBase = (Get-Module LosantFlows).ModuleBase
            # No -Token: the connection comes from LOSANT_API_TOKEN and LOSANT_API_URL, as in a scheduled job.
            Connect-Losant
            $result.Flows = @(Get-LosantFlow -ApplicationId $ApplicationId | ForEach-Object name)
        }
        finally {
            Unregister-PSResourceRepository -Name $repositoryName
            $result.RepositoriesAfter = @(Get-PSResourceRepository | ForEach-Object Name)
            [pscustomobject]$result | ConvertTo-Json -Depth 5 | Set-Content -Encoding utf8 -LiteralPath $ResultPath
        }
    }

    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    $arguments = 'pwsh', '-NoProfile', '-NonInteractive', '-Command',
        "& { $childScript } '$($package.FullName)' '$repository' '$cleanModules' '$app' '$resultPath'"
    foreach ($a in $arguments) { $start.ArgumentList.Add($a) }
    $start.WorkingDirectory = $RepoRoot
    $start.Environment['PSModulePath'] = $cleanModules
    $start.Environment['LOSANT_API_TOKEN'] = $standIn.Token
    $start.Environment['LOSANT_API_URL'] = $standIn.Endpoint.AbsoluteUri.TrimEnd('/')
    if (-not $IsWindows) {
        # The dotnet CLI keeps finding the local pwsh tool through the real home; PowerShell and PSResourceGet see
        # the temporary one.
        $realHome = [Environment]::GetFolderPath('UserProfile')
        if (-not $start.Environment['DOTNET_CLI_HOME']) { $start.Environment['DOTNET_CLI_HOME'] = $realHome }
        if (-not $start.Environment['NUGET_PACKAGES']) { $start.Environment['NUGET_PACKAGES'] = Join-Path $realHome '.nuget/packages' }
        $start.Environment['HOME'] = $childHome
        foreach ($name in 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME') { $null = $start.Environment.Remove($name) }
    }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $process = [System.Diagnostics.Process]::Start($start)
    $stdout = $process.StandardOutput.ReadToEndAsync()
    $stderr = $process.StandardError.ReadToEndAsync()
    if (-not $process.WaitForExit(60000)) { $process.Kill($true); throw 'The install process did not finish within 60 s.' }
    $process.WaitForExit()
    $child = [pscustomobject]@{ ExitCode = $process.ExitCode; Output = $stdout.Result; Error = $stderr.Result }
    $process.Dispose()
    $installed = if (Test-Path $resultPath) { Get-Content -Raw $resultPath | ConvertFrom-Json } else { $null }
}

AfterAll {
    Disconnect-Losant
    $standIn | Stop-LosantStandIn
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $work
}

Describe 'build.ps1 package' {
    It 'writes LosantFlows.{version}.nupkg with the manifest''s metadata in its nuspec' {
        $package.Name | Should -Be "LosantFlows.$builtVersion.nupkg"
        $manifest = Import-PowerShellDataFile (Join-Path $ModulePath 'LosantFlows.psd1')
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [System.IO.Compression.ZipFile]::OpenRead($package.FullName)
        try {
            $reader = [IO.StreamReader]::new($zip.GetEntry('LosantFlows.nuspec').Open())
            $nuspec = [xml]$reader.ReadToEnd()
            $reader.Dispose()
            $entries = @($zip.Entries | ForEach-Object FullName)
        }
        finally { $zip.Dispose() }
        $metadata = $nuspec.package.metadata
        $metadata.id | Should -Be 'LosantFlows'
        $metadata.version | Should -Be $builtVersion
        $metadata.authors | Should -Be $manifest.Author
        $metadata.description | Should -Be $manifest.Description
        $metadata.projectUrl | Should -Be $manifest.PrivateData.PSData.ProjectUri
        $metadata.tags -split ' ' | Should -Contain 'Losant'
        $entries | Should -Contain 'LosantFlows.psd1'
        $entries | Should -Contain 'LosantFlows.dll'
        $entries | Should -Contain 'LosantFlows.Format.ps1xml'
        $entries | Should -Not -Contain 'System.Management.Automation.dll'
    }

    It 'replaces the previous package of the module in the destination and keeps other files' {
        $destination = Join-Path $work 'replace'
        New-Item -ItemType Directory -Force -Path $destination | Out-Null
        Set-Content -LiteralPath (Join-Path $destination 'LosantFlows.0.0.1.nupkg') -Value 'old'
        Set-Content -LiteralPath (Join-Path $destination 'LosantFlows.Other.1.0.0.nupkg') -Value 'other'
        $null = New-ModulePackage -Root $RepoRoot -ModulePath $ModulePath -Destination $destination 6>$null
        (Get-ChildItem -LiteralPath $destination -File).Name | Sort-Object |
            Should -Be (@("LosantFlows.$builtVersion.nupkg", 'LosantFlows.Other.1.0.0.nupkg') | Sort-Object)
    }

    It 'refuses a module folder that is not built' {
        { New-ModulePackage -Root $RepoRoot -ModulePath (Join-Path $work 'missing/LosantFlows') -Destination $work } |
            Should -Throw '*is not built*'
    }
}

Describe 'Installing the package with PSResourceGet in a fresh pwsh' {
    It 'publishes, installs, imports by name and lists the seeded flows' {
        $child.ExitCode | Should -Be 0 -Because $child.Error
        $installed.Published | Should -Be "LosantFlows.$builtVersion.nupkg"
        $installed.InstalledVersion | Should -Be $builtVersion
        $installed.ModuleVersion | Should -Be $builtVersion
        $installed.ModuleBase | Should -Be (Join-Path $cleanModules "LosantFlows/$builtVersion")
        $installed.Flows | Should -Be $seeded
    }

    It 'removes the temporary repository and leaves the user''s repositories and module folder as they were' {
        $installed.RepositoriesAfter | Should -Not -Contain $installed.RepositoryName
        @(Get-PSResourceRepository | ForEach-Object Name | Sort-Object) | Should -Be $repositoriesBefore
        Test-Path $realUserModule | Should -Be $realUserModuleExisted
    }
}
