# Builds the module's help from docs/help/*.md (platyPS layout) with the build-time tool tools/LosantFlows.HelpBuilder,
# which the solution build compiles; this only runs its dll, so it adds well under a second to every build.
Set-StrictMode -Version Latest

function Build-ModuleHelp {
    <#
    .SYNOPSIS
        Writes en-US/LosantFlows.dll-Help.xml (MAML) and en-US/about_*.help.txt into -Destination from docs/help.
    .DESCRIPTION
        Runs the HelpBuilder dll of -Configuration, building the tool first only when that dll is missing. Throws when
        a help page does not follow the layout (the message names the file and line) or the tool fails.
    .EXAMPLE
        Build-ModuleHelp -Root . -Destination ./out/LosantFlows
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Root,
        [Parameter(Mandatory)] [string] $Destination,
        [ValidateSet('Debug', 'Release')] [string] $Configuration = 'Release'
    )
    $project = Join-Path $Root 'tools/LosantFlows.HelpBuilder'
    $tool = Join-Path $project "bin/$Configuration/net10.0/LosantFlows.HelpBuilder.dll"
    if (-not (Test-Path $tool)) {
        & dotnet build $project -c $Configuration -nologo -v quiet | Out-Host
        if ($LASTEXITCODE -ne 0) { throw "Building the help tool ($project) failed with exit code $LASTEXITCODE." }
    }
    & dotnet $tool (Join-Path $Root 'docs/help') (Join-Path $Destination 'en-US') 'LosantFlows.dll' | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "Generating the help from docs/help failed with exit code $LASTEXITCODE (see the message above)." }
}

Export-ModuleMember -Function Build-ModuleHelp
