// Prerequisite files that /skipprereq names (the client prerequisites page; older clients differ).

/** File names /skipprereq takes, with what each installs. */
export const PREREQUISITE_FILES: readonly { file: string; description: string }[] = [
  { file: 'vcredist_x64.exe', description: 'Microsoft Visual C++ runtime, 64-bit (the 2015-2019 runtime for version 2107 and later, 2013 before).' },
  { file: 'vcredist_x86.exe', description: 'Microsoft Visual C++ runtime, 32-bit (the 2015-2019 runtime for version 2107 and later, 2013 before).' },
  { file: 'wimgapi.msi', description: 'Windows Imaging APIs, which the client uses to handle Windows image (.wim) files.' },
  { file: 'MicrosoftPolicyPlatformSetup.msi', description: 'Microsoft Policy Platform, which compliance settings need.' },
  { file: 'NDP462-KB3151800-x86-x64-AllOS-ENU.exe', description: '.NET Framework 4.6.2, the minimum for clients of version 2107 and later.' },
  { file: 'NDP452-KB2901907-x86-x64-AllOS-ENU.exe', description: '.NET Framework 4.5.2, the minimum for clients of version 2103 and earlier.' },
  { file: 'WindowsFirewallConfigurationProvider.msi', description: 'Windows Firewall configuration provider, used to apply Windows Firewall policies.' },
  { file: 'Microsoft.WebView2.FixedVersionRuntime.x86.cab', description: 'Microsoft Edge WebView2 runtime, which Software Center uses to show web content.' },
];

