BeforeAll {
    . $PSScriptRoot/Common.ps1
}

Describe 'The built module' {
    It 'exports exactly the documented cmdlets' {
        (Get-Command -Module LosantFlows).Name | Sort-Object | Should -Be @(
            'Connect-Losant', 'Disconnect-Losant', 'Export-LosantFlow', 'Get-LosantConnection', 'Get-LosantFlow', 'Get-LosantFlowPalette',
            'Get-LosantFlowVersion', 'Import-LosantFlow', 'New-LosantFlow')
    }

    It 'has a manifest with the version from Directory.Build.props, both editions and no wildcard exports' {
        $manifest = Import-PowerShellDataFile (Join-Path $ModulePath 'LosantFlows.psd1')
        $version = ([xml](Get-Content -Raw (Join-Path $RepoRoot 'Directory.Build.props'))).Project.PropertyGroup.Version | Where-Object { $_ }
        $manifest.ModuleVersion | Should -Be $version
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.PowerShellVersion | Should -Be '5.1'
        $manifest.CmdletsToExport | Should -Not -Contain '*'
        $manifest.CmdletsToExport.Count | Should -Be 9
        $manifest.PrivateData.PSData.ProjectUri | Should -Not -BeNullOrEmpty
        $manifest.PrivateData.PSData.LicenseUri | Should -Not -BeNullOrEmpty
        $manifest.PrivateData.PSData.Tags | Should -Contain 'Losant'
    }

    It 'does not ship the PowerShell reference assembly' {
        Get-ChildItem -Recurse $ModulePath -Filter System.Management.Automation.dll | Should -BeNullOrEmpty
    }

    It 'uses only approved verbs' {
        $approved = (Get-Verb).Verb
        Get-Command -Module LosantFlows | ForEach-Object { $approved | Should -Contain $_.Verb }
    }
}
