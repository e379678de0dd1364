# Module manifest for LosantFlows. The version below is a placeholder: `build.ps1 build` stamps the version from
# Directory.Build.props (<Version>) into out/LosantFlows/LosantFlows.psd1.
@{
    RootModule           = 'LosantFlows.dll'
    ModuleVersion        = '0.0.0'
    GUID                 = '6f0b7e52-3c1d-4e8a-9a57-2b4d8c1e5f90'
    Author               = 'LosantFlows contributors'
    CompanyName          = 'LosantFlows contributors'
    Copyright            = '(c) 2026 LosantFlows contributors. MIT License.'
    Description          = 'Manage Losant workflows (the Flows REST API) from PowerShell: list, version, create, import and inspect workflows and custom nodes, in pipelines and in unattended jobs.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('LosantFlows.Format.ps1xml')
    TypesToProcess       = @('LosantFlows.Types.ps1xml')
    CmdletsToExport      = @(
        'Connect-Losant'
        'Disconnect-Losant'
        'Get-LosantConnection'
        'Get-LosantFlow'
        'Get-LosantFlowVersion'
        'Get-LosantFlowPalette'
        'Import-LosantFlow'
        'New-LosantFlow'
        'Export-LosantFlow'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Losant', 'IoT', 'Workflow', 'Flows', 'REST', 'API', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/losantflows/LosantFlows'
            LicenseUri   = 'https://github.com/losantflows/LosantFlows/blob/main/LICENSE'
            ReleaseNotes = 'Connect-Losant, Disconnect-Losant, Get-LosantConnection; Get-LosantFlow, Get-LosantFlowVersion, Get-LosantFlowPalette, New-LosantFlow, Import-LosantFlow and Export-LosantFlow on one HTTP core with retries, in a private load context.'
        }
    }
}
