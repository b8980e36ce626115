// Every ccmsetup.exe command-line parameter: the documented ones, the retired `/native`, and the
// undocumented switches Microsoft's own components pass. Descriptions are our own words; facts come from
// shared/reference/client-install-properties.md (sections A and C) and shared/reference/security-research.md.

import { CCMSETUP_PARAMETERS_SECTION, propertyDocLink } from './links';
import type { SettingInfo } from './types';

export const PARAMETERS: readonly SettingInfo[] = [
  {
    name: '/?',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/?',
    summary: 'Lists the command-line parameters that ccmsetup.exe understands.',
    description:
      'Prints ccmsetup\'s built-in help. Older documentation describes the help as a dialog box titled **CCMSetup**. ' +
      'It is meant to be run on its own, not as part of an installation command line.',
    since: 'Available since ConfigMgr 2007.',
    pushAllowed: false,
    // The heading `/?` has no letters to build an anchor from; the page carries an explicit `bkmk_help` anchor for it.
    docs: propertyDocLink('bkmk_help'),
    example: '/?',
  },
  {
    name: '/AllowMetered',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/AllowMetered',
    summary: 'Allows ccmsetup to install, register and fetch its first policy over a metered network connection.',
    description:
      'Takes no value. With it, ccmsetup may use a metered connection to download the client content, register with the ' +
      'site and pull the first policy; from then on the client follows the metered-network client setting it receives in policy.\n\n' +
      'On a reinstall the client takes its configuration from, in this order: the local client policy it already has, the last ' +
      'command line saved in the registry, and only then the ccmsetup command line. So a reinstall may not pick this flag up ' +
      'if the device already has policy.',
    default: 'Off (Microsoft states no default; without it the metered-network client setting applies).',
    since: 'Added in version 2006. Client push accepts it from version 2103.',
    pushAllowed: true,
    docs: propertyDocLink('allowmetered'),
    example: '/AllowMetered',
  },
  {
    name: '/AlwaysExcludeUpgrade',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'boolean' },
    syntax: '/AlwaysExcludeUpgrade:TRUE|FALSE',
    summary: 'Marks the client so that automatic client upgrade never upgrades it.',
    description:
      '`TRUE` stamps the client as excluded from **automatic client upgrade**; `FALSE` (the default) leaves it upgradeable. ' +
      'The upgrade job still starts on a stamped client, but ccmsetup writes ' +
      '`Client is stamped with /alwaysexcludeupgrade. Stop proceeding.` to ccmsetup.log and quits without upgrading.\n\n' +
      'It exists for the extended interoperability client (EIC): devices such as kiosks that can\'t take frequent updates. ' +
      'The EIC guidance passes `/AlwaysExcludeUpgrade:True` when moving such clients to a new version so they aren\'t ' +
      'upgraded again before the exclusion policy reaches them. Client push accepts it.',
    default: 'FALSE (the client upgrades automatically).',
    security:
      'A stamped client is never upgraded automatically, so it keeps running old agent code as SYSTEM, including any ' +
      'client vulnerabilities fixed in later versions. Reserve it for EIC devices and plan manual upgrades for them.',
    since: 'Documented with the extended interoperability client in 2018 (version 1802 era).',
    pushAllowed: true,
    docs: propertyDocLink('alwaysexcludeupgrade'),
    example: '/AlwaysExcludeUpgrade:TRUE',
  },
  {
    name: '/BITSPriority',
    kind: 'parameter',
    status: 'documented',
    value: {
      type: 'enum',
      values: [
        { value: 'FOREGROUND', description: 'Top priority: the download runs as a foreground BITS job and competes with other network traffic instead of using idle bandwidth.' },
        { value: 'HIGH', description: 'Highest of the background priorities.' },
        { value: 'NORMAL', description: 'Ordinary background priority. The default.' },
        { value: 'LOW', description: 'Lowest background priority; the download yields to almost everything else.' },
      ],
    },
    syntax: '/BITSPriority:FOREGROUND|HIGH|NORMAL|LOW',
    summary: 'Sets the BITS priority ccmsetup uses to download the client files over HTTP or HTTPS.',
    description:
      'Applies when ccmsetup downloads the installation files from a management point or distribution point with BITS. ' +
      'It has no bearing on a `/source` path, which is read over SMB. Client push accepts it.',
    default: 'NORMAL',
    since: 'Available since ConfigMgr 2007.',
    pushAllowed: true,
    docs: propertyDocLink('bitspriority'),
    example: '/BITSPriority:HIGH',
  },
  {
    name: '/config',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'path' },
    syntax: '/config:<file name>',
    summary: 'Reads Client.msi installation properties from a text file instead of the command line.',
    description:
      'The file uses the format of `mobileclienttemplate.tcf` (in `\\bin\\<platform>` under the site server\'s install folder). ' +
      'Put the properties in the `[Client Install]` section on the line that begins `Install=INSTALL=ALL`, for example ' +
      '`Install=INSTALL=ALL SMSSITECODE=ABC SMSCACHESIZE=100`.\n\n' +
      'Where the file must be depends on how ccmsetup runs: as a service (the default) it looks in `%Windir%\\Ccmsetup`; ' +
      'with `/noservice` it looks next to ccmsetup.exe. Quote the name if it contains spaces.',
    security:
      'The file holds the same sensitive settings as a command line (trusted root key, trust-file paths, certificate ' +
      'criteria, site code). Anyone who can edit it decides how the client is configured, so keep it where only administrators can write.',
    since: 'Available since ConfigMgr 2007.',
    pushAllowed: false,
    acceptsSpaces: true,
    docs: propertyDocLink('config'),
    example: '/config:"client settings.tcf"',
  },
  {
    name: '/downloadtimeout',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'integer', min: 1, unit: 'minutes' },
    syntax: '/downloadtimeout:<minutes>',
    summary: 'How long, in minutes, ccmsetup keeps trying to download the installation files before it gives up.',
    description:
      'When downloads fail, ccmsetup keeps retrying until this many minutes have passed. `/retry` sets the wait between ' +
      'attempts. Client push accepts it.',
    default: '1440 minutes (one day).',
    since: 'Available since ConfigMgr 2007.',
    pushAllowed: true,
    docs: propertyDocLink('downloadtimeout'),
    example: '/downloadtimeout:2880',
  },
  {
    name: '/ExcludeFeatures',
    kind: 'parameter',
    status: 'documented',
    value: {
      type: 'enum',
      values: [{ value: 'ClientUI', description: 'Leaves out Software Center; the client is installed without its user interface.' }],
    },
    syntax: '/ExcludeFeatures:ClientUI',
    summary: 'Installs the client without the named feature; the only supported feature is ClientUI (Software Center).',
    description:
      '`ClientUI` is the only value Microsoft supports; with it, Software Center is not installed. Client push accepts it.',
    since: 'Added in System Center 2012 R2 Configuration Manager.',
    pushAllowed: true,
    docs: propertyDocLink('excludefeatures'),
    example: '/ExcludeFeatures:ClientUI',
  },
  {
    name: '/forceinstall',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/forceinstall',
    summary: 'Uninstalls any client already on the device, then installs a fresh one.',
    description:
      'Removes the existing client first and then installs the new one, instead of upgrading or repairing in place.\n\n' +
      'Client push support is disputed between Microsoft\'s own pages: the System Center 2012 SP1 release notes and the page on ' +
      'installation properties published to Active Directory list `/forceinstall` as accepted by client push, but the ' +
      'client push list on the current properties page leaves it out. It is treated as allowed here.',
    security:
      'A full remove and reinstall: local client state such as cached content and received policy is thrown away (inferred, not stated by Microsoft).',
    since: 'Documented since the System Center 2012 SP1 era.',
    pushAllowed: true,
    docs: propertyDocLink('forceinstall'),
    example: '/forceinstall',
  },
  {
    name: '/forcereboot',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/forcereboot',
    summary: 'Restarts the computer when the installation needs a restart to finish.',
    description:
      'Without it, ccmsetup stops when a restart is required and carries on after someone restarts the device. With it, ' +
      'the restart happens on its own. Client push accepts it.',
    default: 'Off: ccmsetup exits and resumes after the next manual restart.',
    security:
      'The restart is not negotiated with signed-in users, so unsaved work can be lost and the device is briefly unavailable.',
    since: 'Available since ConfigMgr 2007.',
    pushAllowed: true,
    docs: propertyDocLink('forcereboot'),
    example: '/forcereboot',
  },
  {
    name: '/logon',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/logon',
    summary: 'Stops the installation if any version of the client is already installed.',
    description:
      'Designed for logon scripts: the script can run ccmsetup at every sign-in, and devices that already have a client ' +
      '(whatever its version) are left alone. Client push accepts it.',
    since: 'Available since ConfigMgr 2007.',
    pushAllowed: true,
    docs: propertyDocLink('logon'),
    example: '/logon',
  },
  {
    name: '/mp',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'list', of: { type: 'managementPoint' }, separator: ';' },
    syntax: '/mp:<server>[;<server>...]',
    summary: 'Names the management point(s) ccmsetup asks for a download source for the installation files.',
    description:
      'ccmsetup asks this management point for the nearest distribution point. If there is none, or downloading from the ' +
      'distribution points fails for four hours, it downloads from the management point itself. Several management points ' +
      'separated by `;` are tried in order. Any management point of any site will do.\n\n' +
      '`/mp` does **not** assign the client to a site and does **not** set the management point the installed client uses; ' +
      'that is `SMSMP` or `SMSMPLIST`. For an HTTPS management point give the FQDN that matches its certificate\'s Subject or SAN. ' +
      'A cloud management gateway is written as `https://<CMG host>/CCM_Proxy_MutualAuth/<id>`, and the `https://` prefix is required.\n\n' +
      'With neither `/mp` nor `/source`, ccmsetup finds management points in Active Directory or DNS. With both, it tries the ' +
      'management points first and falls back to the path. `/regtoken` installs need `/mp` (if ccmsetup fails with ' +
      '0x87d0027e, Microsoft suggests dropping it).',
    security:
      'A bare name or `http://` address means unauthenticated HTTP; since version 2403 a site that allows HTTP without ' +
      'Enhanced HTTP is unsupported. If every management point and distribution point is HTTPS-only, the device needs a valid ' +
      'client certificate (`/UsePKICert`) or the download fails.',
    since: 'Available since ConfigMgr 2007; cloud management gateway URLs are a current-branch addition.',
    pushAllowed: false,
    docs: propertyDocLink('mp'),
    example: '/mp:https://mp01.contoso.com',
  },
  {
    name: '/NoCRLCheck',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/NoCRLCheck',
    summary: 'Stops the client from checking certificate revocation lists on HTTPS connections that use a PKI certificate.',
    description:
      'By default the client consults the CRL before it opens an HTTPS connection. A client that can\'t reach the CRL treats ' +
      'the whole chain as revoked and every such connection fails, which is the usual reason this flag gets added. The ' +
      'site has a matching setting (**Clients check the CRL for site systems**).\n\n' +
      'Only meaningful when the client uses a PKI certificate (`/UsePKICert` or HTTPS). Microsoft\'s co-management guidance ' +
      'allows it only when your CRL isn\'t published on the internet and still recommends publishing the CRL instead.',
    default: 'Off: the CRL is checked.',
    security:
      'Revocation stops working for this client: a management point, distribution point or gateway certificate that was ' +
      'revoked after theft or compromise is still accepted, so whoever holds it can impersonate a site system to the client. ' +
      'This matters most for internet-facing clients. Publish the CRL where the LOCAL SYSTEM account can fetch it instead.',
    since: 'Added in System Center 2012 Configuration Manager (with `/UsePKICert`, when native mode was retired).',
    pushAllowed: false,
    docs: propertyDocLink('nocrlcheck'),
    example: '/NoCRLCheck',
  },
  {
    name: '/noservice',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/noservice',
    summary: 'Runs ccmsetup as the user who started it instead of as a Local System service.',
    description:
      'By default ccmsetup runs as a service under the computer\'s Local System account, which may lack rights to the ' +
      'network locations the installation needs. With `/noservice` it runs in the context of the account that launched it.\n\n' +
      'A `/config` file must then sit in the same folder as ccmsetup.exe rather than in `%Windir%\\Ccmsetup`. Don\'t combine ' +
      'it with `/service`. The default command line of the **Configuration Manager Client Upgrade** package is `/noservice SMSSITECODE=AUTO`.',
    default: 'Off: ccmsetup runs as a Local System service.',
    security:
      'Network access during setup uses the launching user\'s credentials instead of the computer account, so that account ' +
      'needs read access to the sources and local administrative rights on the device.',
    since: 'Available since ConfigMgr 2007.',
    pushAllowed: false,
    docs: propertyDocLink('noservice'),
    example: '/noservice',
  },
  {
    name: '/regtoken',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'token' },
    syntax: '/regtoken:<bulk registration token>',
    summary: 'Passes a bulk registration token so an internet device can register through a cloud management gateway.',
    description:
      'The token comes from `BulkRegistrationTokenTool.exe /new` on the site server and is a signed JWT. It lets a device ' +
      'without a PKI certificate or Microsoft Entra identity register through the CMG; the client then receives its own ' +
      'unique token.\n\n' +
      'Microsoft\'s reference says to pass `/mp` (the CMG URL), `CCMHOSTNAME`, `SMSSITECODE` and `SMSMP` as well; the ' +
      'token-authentication article\'s example omits `SMSMP`. Both examples put `/regtoken` after the properties, against the ' +
      'usual parameters-first order. A token lasts 4,320 minutes (3 days) unless created with `/lifetime`, which allows up to ' +
      '10,080 minutes (7 days). It can\'t be renewed, isn\'t stored by the site, and can be blocked in the console.',
    security:
      'A bearer credential: anyone who copies the token can register any device with the site through the CMG until it ' +
      'expires (3 days by default, 7 at most) and receive a client token for it. ccmsetup saves its last command line in the ' +
      'registry, so the token probably also lingers on each device. Don\'t hard-code it in scripts, source control or package ' +
      'shares; pass it from a protected variable and block it in the console once the rollout is done.',
    since: 'Added in version 2002.',
    pushAllowed: false,
    docs: propertyDocLink('regtoken'),
    example:
      '/regtoken:eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJUeXBlIjoiQnVsa1JlZ2lzdHJhdGlvbiIsImF1ZCI6InVybjpzY2NtOnNlcnZpY2UifQ.ayo-1y9E8WTDEwQReVPFe9JyMcOm3f7y3QxaSby5bI4_mPuD-WYHOwr2bYRv8Qig',
  },
  {
    name: '/retry',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'integer', min: 1, unit: 'minutes' },
    syntax: '/retry:<minutes>',
    summary: 'Minutes ccmsetup waits between attempts to download the installation files.',
    description:
      'When a download fails, ccmsetup waits this long before trying again, and keeps doing so until the `/downloadtimeout` ' +
      'limit is reached.',
    default: '10 minutes according to the 2016 documentation; the current page states no default.',
    since: 'Available since ConfigMgr 2007.',
    pushAllowed: false,
    docs: propertyDocLink('retry'),
    example: '/retry:20',
  },
  {
    name: '/service',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/service',
    summary: 'Runs ccmsetup as a service under the Local System account (already the default).',
    description:
      'Makes the default explicit. When a script starts ccmsetup this way, ccmsetup.exe returns as soon as the service has ' +
      'started, so the script may not get the real installation result. Don\'t combine it with `/noservice`.',
    default: 'This is the default behaviour.',
    since: 'Available since ConfigMgr 2007.',
    pushAllowed: false,
    docs: propertyDocLink('service'),
    example: '/service',
  },
  {
    name: '/skipprereq',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'list', of: { type: 'path' }, separator: ';' },
    syntax: '/skipprereq:<file name>[;<file name>...]',
    summary: 'Skips installing the named prerequisite file(s).',
    description:
      'Give prerequisite file names from the Windows client prerequisites list, separated by `;`, for example ' +
      '`vcredist_x*.exe`, `wimgapi.msi`, `MicrosoftPolicyPlatformSetup.msi`, `NDP462-KB3151800-x86-x64-AllOS-ENU.exe`, ' +
      '`WindowsFirewallConfigurationProvider.msi` or `Microsoft.WebView2.FixedVersionRuntime.x86.cab`. Older scripts name ' +
      '`silverlight.exe` or `dotnetfx40_client_x86_x64.exe`, which current clients no longer use.\n\n' +
      'Join several names in one parameter rather than repeating it. One of Microsoft\'s task sequence examples has a space ' +
      'after the colon; leave it out. Client push accepts it. Client features that depend on a skipped component may not work.',
    since: 'Available since ConfigMgr 2007; the list of prerequisites changes between versions (for example .NET 4.6.2 from 2107).',
    pushAllowed: true,
    docs: propertyDocLink('skipprereq'),
    example: '/skipprereq:wimgapi.msi',
  },
  {
    name: '/source',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'path' },
    syntax: '/source:<local or UNC path>',
    summary: 'Downloads the installation files over SMB from a local or UNC folder.',
    description:
      'The account doing the installation needs Read access to the folder. Repeat `/source` to list fallback locations; ' +
      'quote paths that contain spaces.\n\n' +
      'With `/source` alone, ccmsetup installs only from that path, looks for no management point, and fails if the folder has no ' +
      '`ccmsetup.cab`. Combined with `/mp`, it tries the management points first and uses the path as a fallback.',
    security:
      'SMB transfers are neither signed nor encrypted unless the server requires SMB signing, and anyone with write access ' +
      'to the share controls the files the installer runs as SYSTEM. Keep the share read-only for everyone but administrators and require SMB signing.',
    since: 'Available since ConfigMgr 2007.',
    pushAllowed: false,
    repeatable: true,
    acceptsSpaces: true,
    docs: propertyDocLink('source'),
    example: '/source:\\\\cm01.contoso.com\\SMS_P01\\Client',
  },
  {
    name: '/uninstall',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/uninstall',
    summary: 'Removes the Configuration Manager client from the device.',
    description:
      'Uninstalls the client. From version 2111 it also removes the ccmsetup.msi bootstrap when one is installed. ' +
      'ccmsetup.exe keeps working in the background after it returns; scripts that need to wait should wait for the ' +
      '`ccmsetup` process to end.',
    since: 'Available since ConfigMgr 2007; removes ccmsetup.msi as well from version 2111.',
    pushAllowed: false,
    docs: propertyDocLink('uninstall'),
    example: '/uninstall',
  },
  {
    name: '/UsePKICert',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/UsePKICert',
    summary: 'Makes the client authenticate with a PKI client-authentication certificate.',
    description:
      'Without this flag, or when no valid certificate is found, the client drops every HTTPS management point, cloud management ' +
      'gateways included, and talks HTTP with a self-signed certificate. Which certificate it picks is shaped by `CCMCERTSEL`, ' +
      '`CCMCERTSTORE`, `CCMCERTISSUERS`, `CCMFIRSTCERT` and `CCMCERTNAMECHECK`.\n\n' +
      'Client push and software-update-based installs don\'t need it. A manual install does when `/mp` names an HTTPS ' +
      'management point, and so does an internet-only client (with `CCMALWAYSINF=1`, `CCMHOSTNAME` and `SMSSITECODE`). ' +
      'Leave it **out** for devices that authenticate with Microsoft Entra ID and also hold a PKI certificate: with it they ' +
      'can\'t get Entra onboarding data from the CMG; pass `AADCLIENTAPPID` and `AADRESOURCEURI` instead. Client push accepts it.',
    default: 'Off: HTTP with a self-signed certificate.',
    security:
      'Decides between mutually authenticated HTTPS and HTTP with a self-signed certificate. HTTP client communication has ' +
      'been deprecated since 2103 and is unsupported without Enhanced HTTP since 2403. With PKI the client trusts the ' +
      'management point through its certificate, so no trusted root key has to be pre-provisioned.',
    since: 'Added in System Center 2012 Configuration Manager, replacing the ConfigMgr 2007 `/native` switch.',
    pushAllowed: true,
    docs: propertyDocLink('usepkicert'),
    example: '/UsePKICert',
  },
  {
    name: '/IgnoreSkipUpgrade',
    kind: 'parameter',
    status: 'documented',
    value: { type: 'none' },
    syntax: '/IgnoreSkipUpgrade',
    summary: 'Lets a manual installation upgrade a client that is excluded from client upgrades.',
    description:
      'Clients in the upgrade-exclusion collection ignore upgrades from automatic upgrade, software updates, logon scripts ' +
      'and Group Policy; a manual ccmsetup run does nothing to them unless this flag is present. Client push overrides the ' +
      'exclusion without it. Unrelated to the `/AlwaysExcludeUpgrade` stamp.',
    since: 'Documented since September 2021.',
    pushAllowed: false,
    docs: propertyDocLink('ignoreskipupgrade'),
    example: '/IgnoreSkipUpgrade',
  },
  {
    name: '/UpgradeToLatest',
    kind: 'parameter',
    status: 'internal',
    value: { type: 'none' },
    syntax: '/UpgradeToLatest',
    summary: 'Makes ccmsetup ask the management point for the newest client version, including the pre-production client.',
    description:
      'ccmsetup sends the management point a location request for the latest client source instead of the production ' +
      'baseline. Uses: new devices that belong in the pre-production collection (which they can\'t evaluate before the client ' +
      'exists), Windows Autopilot into co-management, and pull distribution points, whose client should match the ' +
      'distribution point binaries.\n\n' +
      'Microsoft\'s current reference documents this as the Client.msi property `UPGRADETOLATEST`; the parameter form comes ' +
      'from a proposed documentation change and from the command line the site itself uses for pull distribution points.',
    since:
      'Available by late 2022 (the first version isn\'t stated). Not in the current parameter reference; see UPGRADETOLATEST.',
    pushAllowed: false,
    docs: propertyDocLink('upgradetolatest'),
    example: '/UpgradeToLatest',
  },
  {
    name: '/native',
    kind: 'parameter',
    status: 'obsolete',
    value: { type: 'text' },
    valueOptional: true,
    syntax: '/native[:<option>]',
    summary: 'ConfigMgr 2007 switch for native mode (PKI); replaced by /UsePKICert.',
    description:
      'In ConfigMgr 2007, `/native` (optionally with an option) installed the client for native mode, where it used PKI ' +
      'certificates. System Center 2012 retired native mode: use `/UsePKICert`, plus `/NoCRLCheck` only if you must skip revocation checks.',
    security:
      'A sign that the script predates System Center 2012 and its security behaviour was never reviewed. Current clients ' +
      'don\'t document the switch, so don\'t count on it to select a PKI certificate; the client may end up on HTTP with a self-signed certificate.',
    since: 'ConfigMgr 2007 only; no longer used from System Center 2012.',
    replacement: '/UsePKICert',
    pushAllowed: false,
    docs: CCMSETUP_PARAMETERS_SECTION,
    example: '/native',
  },
  {
    name: '/remediate',
    kind: 'parameter',
    status: 'internal',
    value: { type: 'text' },
    valueOptional: true,
    syntax: '/remediate[:client]',
    summary: 'Undocumented switch seen in command lines that repair a damaged client.',
    description:
      'Not in Microsoft\'s reference. It appears in repair command lines as `ccmsetup.exe /remediate:client`, run from ' +
      '`%WinDir%\\ccmsetup`, often together with `/log`. ccmsetup\'s remediation work is logged to `ccmsetup-ccmeval.log`. ' +
      'Its behaviour is not documented and may change; in your own scripts prefer a documented reinstall.',
    pushAllowed: false,
    docs: CCMSETUP_PARAMETERS_SECTION,
    example: '/remediate:client',
  },
  {
    name: '/log',
    kind: 'parameter',
    status: 'internal',
    value: { type: 'path' },
    valueOptional: true,
    syntax: '/log[:<file path>]',
    summary: 'Undocumented switch that names the log file for a ccmsetup run, seen together with /remediate.',
    description:
      'Not in Microsoft\'s reference. Repair command lines use it to send ccmsetup\'s log to a separate file, for example ' +
      '`/remediate:client /log:"%WinDir%\\CCM\\Logs\\repair.log"`. Quote paths that contain spaces. Regular installations ' +
      'log to `%WinDir%\\ccmsetup\\Logs\\ccmsetup.log`.',
    pushAllowed: false,
    acceptsSpaces: true,
    docs: CCMSETUP_PARAMETERS_SECTION,
    example: '/log:"C:\\Windows\\CCM\\Logs\\repair-ccmsetup.log"',
  },
  {
    name: '/AutoUpgrade',
    kind: 'parameter',
    status: 'internal',
    value: { type: 'none' },
    syntax: '/AutoUpgrade',
    summary: 'Undocumented switch the site passes when it upgrades or installs the client itself.',
    description:
      'Not in Microsoft\'s reference. It shows up in command lines that Configuration Manager starts on its own, such as ' +
      'the automatic client upgrade and the client installation on a pull distribution point ' +
      '(`ccmsetup.exe /autoupgrade /upgradetolatest ...`). There is no reason to type it in an installation script.',
    pushAllowed: false,
    docs: CCMSETUP_PARAMETERS_SECTION,
    example: '/AutoUpgrade',
  },
  {
    name: '/runservice',
    kind: 'parameter',
    status: 'internal',
    value: { type: 'none' },
    syntax: '/runservice',
    summary: 'Undocumented switch the ccmsetup service is registered with; not for manual use.',
    description:
      'Not in Microsoft\'s reference. When ccmsetup runs as a service (the default), the `ccmsetup` service\'s own command ' +
      'line carries this switch, for example `ccmsetup.exe /runservice /config:MobileClient.tcf` after client push. ' +
      'Use `/service` or simply omit both in your own command lines.',
    pushAllowed: false,
    docs: CCMSETUP_PARAMETERS_SECTION,
    example: '/runservice',
  },
];
