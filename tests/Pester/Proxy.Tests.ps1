# The system proxy settings (HTTP_PROXY / HTTPS_PROXY / NO_PROXY) are honoured by default, in a fresh process as a
# scheduled job would start.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    $standIn = Start-LosantStandIn -StandInPath $StandInPath
    $app = $standIn.ApplicationIds[0]
    $job = {
        param($ModulePath, $App)
        Import-Module $ModulePath
        Connect-Losant -Endpoint http://api.losant.invalid -AllowInsecureEndpoint -Token (ConvertTo-SecureString standin-token -AsPlainText -Force)
        (New-LosantFlow -ApplicationId $App -Name 'through-the-proxy').name
    }
    function Invoke-InFreshProcess([hashtable] $Environment) {
        $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
        foreach ($a in 'pwsh', '-NoProfile', '-NonInteractive', '-Command', "& { $job } '$ModulePath' '$app'") { $start.ArgumentList.Add($a) }
        foreach ($name in 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy') { $null = $start.Environment.Remove($name) }
        foreach ($pair in $Environment.GetEnumerator()) { $start.Environment[$pair.Key] = $pair.Value }
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $start.WorkingDirectory = $RepoRoot
        $process = [System.Diagnostics.Process]::Start($start)
        $out = $process.StandardOutput.ReadToEnd()
        $err = $process.StandardError.ReadToEnd()
        $process.WaitForExit()
        [pscustomobject]@{ ExitCode = $process.ExitCode; Output = $out.Trim(); Error = $err }
    }
}

AfterAll {
    $standIn | Stop-LosantStandIn
}

Describe 'The system proxy' {
    It 'is used from HTTP_PROXY' {
        $result = Invoke-InFreshProcess @{ HTTP_PROXY = $standIn.Endpoint.AbsoluteUri }
        $result.Output | Should -Be 'through-the-proxy'
        $result.ExitCode | Should -Be 0
    }

    It 'is bypassed for hosts in NO_PROXY' {
        $result = Invoke-InFreshProcess @{ HTTP_PROXY = $standIn.Endpoint.AbsoluteUri; NO_PROXY = 'api.losant.invalid' }
        $result.Output | Should -Be ''
        $result.Error | Should -Match 'could not reach http://api.losant.invalid'
    }
}
