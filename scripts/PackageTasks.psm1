# The packaging step behind `build.ps1 package`: turns the laid-out module (out/LosantFlows) into the .nupkg that
# the PowerShell Gallery accepts, with PSResourceGet's own packer.
Set-StrictMode -Version Latest

function New-ModulePackage {
    <#
    .SYNOPSIS
        Packs the built module at -ModulePath into <Destination>/<Name>.<version>.nupkg and returns that file.
    .DESCRIPTION
        Compress-PSResource (PSResourceGet 1.1 and later, shipped with PowerShell 7.6) writes the same package that
        Publish-PSResource would push: it validates the manifest (version, author, description, exports) and builds
        the nuspec from it (id, version, authors, description, tags, project and license URLs, release notes).
        No repository is registered, so the user's PSResourceGet settings are not touched. Publish the result with
        `Publish-PSResource -NupkgPath <file> -Repository PSGallery -ApiKey <key>`.
        Earlier <Name>.*.nupkg files in -Destination are removed so that the folder holds one package.
        Throws when the module is not built, the manifest does not validate, or no package comes out.
    .PARAMETER Root
        The repository root (where LosantFlows.psd1 lives); used to resolve relative paths.
    .PARAMETER ModulePath
        The built module folder, e.g. out/LosantFlows, with the version-stamped manifest at its root.
    .PARAMETER Destination
        The folder that receives the .nupkg, e.g. out/.
    #>
    [CmdletBinding()]
    [OutputType([System.IO.FileInfo])]
    param(
        [Parameter(Mandatory)] [string] $Root,
        [Parameter(Mandatory)] [string] $ModulePath,
        [Parameter(Mandatory)] [string] $Destination
    )
    $ModulePath = if ([IO.Path]::IsPathRooted($ModulePath)) { $ModulePath } else { Join-Path $Root $ModulePath }
    $Destination = if ([IO.Path]::IsPathRooted($Destination)) { $Destination } else { Join-Path $Root $Destination }
    $name = Split-Path -Leaf $ModulePath
    $manifestPath = Join-Path $ModulePath "$name.psd1"
    if (-not (Test-Path -LiteralPath $manifestPath)) {
        throw "The module is not built: $manifestPath is missing. Run ./build.ps1 build first."
    }
    $manifest = Import-PowerShellDataFile -LiteralPath $manifestPath
    if ($manifest.ModuleVersion -eq '0.0.0') {
        throw "$manifestPath still carries the placeholder version 0.0.0; package the module that build.ps1 build lays out."
    }
    $version = $manifest.ModuleVersion
    $psData = if ($manifest.ContainsKey('PrivateData') -and $manifest.PrivateData -and $manifest.PrivateData.ContainsKey('PSData')) { $manifest.PrivateData.PSData } else { @{} }
    if ($psData.ContainsKey('Prerelease') -and $psData.Prerelease) { $version = "$version-$($psData.Prerelease)" }

    Import-Module Microsoft.PowerShell.PSResourceGet -MinimumVersion 1.1.0 -ErrorAction Stop
    $staging = Join-Path ([IO.Path]::GetTempPath()) ("$name-package-" + [guid]::NewGuid().ToString('n'))
    New-Item -ItemType Directory -Path $staging | Out-Null
    try {
        Compress-PSResource -Path $ModulePath -DestinationPath $staging -ErrorAction Stop
        $packed = @(Get-ChildItem -LiteralPath $staging -Filter '*.nupkg')
        $expected = "$name.$version.nupkg"
        if ($packed.Count -ne 1 -or $packed[0].Name -ne $expected) {
            throw "Compress-PSResource wrote '$($packed.Name -join "', '")' where $expected was expected."
        }
        New-Item -ItemType Directory -Force -Path $Destination | Out-Null
        Get-ChildItem -LiteralPath $Destination -Filter "$name.*.nupkg" -File |
            Where-Object { $_.Name -match "^$([regex]::Escape($name))\.\d" } |
            Remove-Item -Force
        $target = Join-Path $Destination $expected
        Copy-Item -LiteralPath $packed[0].FullName -Destination $target -Force
        Write-Host "Packed $name $version at $target"
        Get-Item -LiteralPath $target
    }
    finally {
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue -LiteralPath $staging
    }
}

Export-ModuleMember -Function New-ModulePackage
