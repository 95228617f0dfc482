/*
 * Copyright (c) 2026 CCF Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package ccf.workbench.remediation.render;

import java.util.Set;

/**
 * The helper functions of the generated PowerShell scripts, each written once here and included only in the scripts
 * whose steps use it. They take every model value as a parameter: the generated calls pass single-quoted literals.
 */
final class PowerShellFunctions {

	private PowerShellFunctions() {
	}

	static void add(Lines ps, Set<String> kinds) {
		ps.add("function Invoke-Checked([string] $Command, [string[]] $Arguments) {",
				"\t& $Command @Arguments",
				"\tif ($LASTEXITCODE -ne 0) { throw ($Command + ' ' + ($Arguments -join ' ') + ' failed with exit code ' + $LASTEXITCODE) }",
				"}");
		if (kinds.contains("register-spn") || kinds.contains("remove-spn")) {
			ps.blank().add("# The accounts (sAMAccountName) that hold an SPN anywhere in the forest, from a global catalog.",
					"function Get-SpnHolders([string] $Spn) {",
					"\t$filter = $Spn -replace '\\\\', '\\5c' -replace '\\*', '\\2a' -replace '\\(', '\\28' -replace '\\)', '\\29'",
					"\t$forest = [System.DirectoryServices.ActiveDirectory.Forest]::GetCurrentForest()",
					"\t$searcher = $forest.FindGlobalCatalog().GetDirectorySearcher()",
					"\t$searcher.Filter = '(servicePrincipalName=' + $filter + ')'",
					"\t[void] $searcher.PropertiesToLoad.Add('sAMAccountName')",
					"\tforeach ($result in $searcher.FindAll()) { [string] $result.Properties['samaccountname'][0] }",
					"}",
					"",
					"# Whether setspn -L lists the SPN on the account (asks a domain controller of the account's domain).",
					"function Test-SpnOnAccount([string] $Spn, [string] $Account) {",
					"\t$listed = @(& setspn.exe -L $Account | ForEach-Object { $_.Trim() })",
					"\tif ($LASTEXITCODE -ne 0) { throw ('setspn -L ' + $Account + ' failed with exit code ' + $LASTEXITCODE) }",
					"\treturn $listed -contains $Spn",
					"}");
		}
		if (kinds.contains("add-cname")) {
			ps.blank().add("function Get-Cname([string] $Server, [string] $Zone, [string] $Name) {",
					"\tif (-not (Get-Command Get-DnsServerResourceRecord -ErrorAction SilentlyContinue)) {",
					"\t\tthrow 'The DnsServer module is missing (Windows Server 2012 or later, or RSAT): on Windows Server 2008 R2 run remediate.cmd (dnscmd).'",
					"\t}",
					"\t$record = Get-DnsServerResourceRecord -ComputerName $Server -ZoneName $Zone -Name $Name -RRType CName -ErrorAction SilentlyContinue",
					"\tif ($record) { return ([string] @($record)[0].RecordData.HostNameAlias).TrimEnd('.') }",
					"\treturn $null",
					"}");
		}
		if (kinds.contains("set-app-pool-credentials")) {
			ps.blank().add("function Get-WindowsAuthentication([string] $Location, [string] $Name) {",
					"\t$value = Get-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location $Location -Filter 'system.webServer/security/authentication/windowsAuthentication' -Name $Name",
					"\tif ($value -ne $null -and $value.PSObject.Properties['Value']) { $value = $value.Value }",
					"\treturn [bool] $value",
					"}",
					"",
					"function Set-WindowsAuthentication([string] $Location, [string] $Name, [bool] $Value) {",
					"\tSet-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location $Location -Filter 'system.webServer/security/authentication/windowsAuthentication' -Name $Name -Value $Value",
					"}",
					"",
					"function Assert-Hotfix([string] $Id) {",
					"\tif (-not (Get-HotFix -Id $Id -ErrorAction SilentlyContinue)) {",
					"\t\tthrow ('Install hotfix ' + $Id + ' first: IIS 7.0 can crash with kernel-mode authentication and useAppPoolCredentials without it.')",
					"\t}",
					"}");
		}
		if (kinds.contains("add-intranet-sites")) {
			ps.blank().add("function Get-ZoneMapKey([string] $Domain, [string] $SubKey) {",
					"\t$key = 'HKCU:\\" + ZoneMapKey.DOMAINS + "\\' + $Domain",
					"\tif ($SubKey) { $key = $key + '\\' + $SubKey }",
					"\treturn $key",
					"}");
		}
		if (kinds.contains("rewrite-endpoints")) {
			addConfigEdit(ps);
		}
	}

	private static void addConfigEdit(Lines ps) {
		ps.blank().add("# Replaces the old URLs by the new ones in a configuration file, byte for byte: the file is read as",
				"# ISO-8859-1 (one character per byte) and the URLs are encoded as the file is (UTF-16 with its byte order",
				"# mark, UTF-8 otherwise), so that every other byte (encoding, BOM, line ends, whitespace) stays. Comments are",
				"# left alone. The first run keeps the original as <file>.kb969803.bak; the file is replaced atomically.",
				"function Edit-EndpointUrls([string] $Path, [string[]] $OldTexts, [string[]] $NewTexts, [string[]] $NewProbes) {",
				"\tif (-not (Test-Path -LiteralPath $Path -PathType Leaf)) { throw ('Configuration file not found: ' + $Path) }",
				"\t$bytes = [System.IO.File]::ReadAllBytes($Path)",
				"\t$latin1 = [System.Text.Encoding]::GetEncoding(28591)",
				"\t$encoding = [System.Text.Encoding]::UTF8",
				"\tif ($bytes.Length -ge 2 -and $bytes[0] -eq 0xFF -and $bytes[1] -eq 0xFE) { $encoding = [System.Text.Encoding]::Unicode }",
				"\t$text = $latin1.GetString($bytes)",
				"\t$replacements = New-Object 'System.Collections.Generic.Dictionary[string,string]'",
				"\t$alternatives = @()",
				"\tfor ($i = 0; $i -lt $OldTexts.Length; $i++) {",
				"\t\t$old = $latin1.GetString($encoding.GetBytes($OldTexts[$i]))",
				"\t\t$replacements[$old] = $latin1.GetString($encoding.GetBytes($NewTexts[$i]))",
				"\t\t$alternatives += [regex]::Escape($old)",
				"\t}",
				"\t$comment = [regex]::Escape($latin1.GetString($encoding.GetBytes('<!--'))) + '.*?' + [regex]::Escape($latin1.GetString($encoding.GetBytes('-->')))",
				"\t$pattern = New-Object System.Text.RegularExpressions.Regex(('(?s)' + $comment + '|' + ($alternatives -join '|')))",
				"\t$evaluator = [System.Text.RegularExpressions.MatchEvaluator] { param($match) if ($replacements.ContainsKey($match.Value)) { $replacements[$match.Value] } else { $match.Value } }",
				"\t$changed = $pattern.Replace($text, $evaluator)",
				"\tforeach ($probe in $NewProbes) {",
				"\t\tif (-not $changed.Contains($latin1.GetString($encoding.GetBytes($probe)))) {",
				"\t\t\tthrow ('The file ' + $Path + ' holds neither the old URL nor the new one starting with ' + $probe + ': check the model against the file. Nothing was changed.')",
				"\t\t}",
				"\t}",
				"\tif ([string]::Equals($changed, $text, [System.StringComparison]::Ordinal)) {",
				"\t\tWrite-Host ('  ' + $Path + ' already names the alias; nothing to change.')",
				"\t\treturn",
				"\t}",
				"\t$backup = $Path + '.kb969803.bak'",
				"\tif (-not (Test-Path -LiteralPath $backup)) { [System.IO.File]::WriteAllBytes($backup, $bytes) }",
				"\t$temporary = $Path + '.kb969803.tmp'",
				"\t[System.IO.File]::WriteAllBytes($temporary, $latin1.GetBytes($changed))",
				"\t[System.IO.File]::Replace($temporary, $Path, $null)",
				"\t$written = $latin1.GetString([System.IO.File]::ReadAllBytes($Path))",
				"\tif (-not [string]::Equals($written, $changed, [System.StringComparison]::Ordinal)) { throw ('Verification failed: ' + $Path + ' does not hold the rewritten text.') }",
				"\tWrite-Host ('  ' + $Path + ': endpoint URLs moved to the alias; original kept in ' + $backup)",
				"}",
				"",
				"function Restore-ConfigBackup([string] $Path) {",
				"\t$backup = $Path + '.kb969803.bak'",
				"\tif (-not (Test-Path -LiteralPath $backup -PathType Leaf)) {",
				"\t\tWrite-Host ('  No backup ' + $backup + ': nothing to restore.')",
				"\t\treturn",
				"\t}",
				"\t$temporary = $Path + '.kb969803.tmp'",
				"\t[System.IO.File]::WriteAllBytes($temporary, [System.IO.File]::ReadAllBytes($backup))",
				"\t[System.IO.File]::Replace($temporary, $Path, $null)",
				"\tRemove-Item -LiteralPath $backup",
				"\tWrite-Host ('  ' + $Path + ' restored from ' + $backup)",
				"}");
	}
}
