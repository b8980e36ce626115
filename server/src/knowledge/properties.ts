// Every Client.msi installation property (documented, hidden, retired and undocumented ones), the ccmsetup.msi
// bootstrap property CCMSETUPCMD, and the Windows Installer properties ccmsetup passes through to msiexec.
// Descriptions are our own words; facts come from shared/reference/client-install-properties.md (sections B and C)
// and shared/reference/security-research.md.

import {
  CLIENT_MSI_SECTION,
  msiPropertyDocLink,
  propertyDocLink,
} from './links';
import type { SettingInfo } from './types';

export const PROPERTIES: readonly SettingInfo[] = [
  // ---------------------------------------------------------------------------------------------
  // Microsoft Entra ID (Azure AD) properties
  // ---------------------------------------------------------------------------------------------
  {
    name: 'AADCLIENTAPPID',
    kind: 'property',
    status: 'documented',
    value: { type: 'guid' },
    syntax: 'AADCLIENTAPPID=<GUID>',
    summary: 'Application ID of the Microsoft Entra native (client) app registered for Cloud Management.',
    description:
      'The ID of the **Native** client app that was created or imported when Azure services were set up for Cloud ' +
      'Management; an Azure administrator can read it in the portal. Pair it with `AADRESOURCEURI`.\n\n' +
      'Needed when a device has both Microsoft Entra identity and a PKI certificate and should authenticate with Entra ' +
      '(then leave out `/UsePKICert`). An Entra-joined device talking to a CMG can usually do without it, because the CMG ' +
      'publishes the Entra details; only `CCMHOSTNAME` and `SMSSITECODE` are required there.',
    since: 'Documented since 2018 (version 1802 era).',
    docs: propertyDocLink('aadclientappid'),
    example: 'AADCLIENTAPPID=3f2b8c1e-9a4d-4e6f-8b7a-2c5d1e0f9a31',
  },
  {
    name: 'AADRESOURCEURI',
    kind: 'property',
    status: 'documented',
    value: { type: 'url' },
    syntax: 'AADRESOURCEURI=<App ID URI>',
    summary: 'App ID URI of the Microsoft Entra server (web app / API) app registered for Cloud Management.',
    description:
      'The **App ID URI** of the server app (type Web app / API) created or imported for Cloud Management, for example ' +
      '`https://contososerver`. Find it under the app registration\'s properties. Pair it with `AADCLIENTAPPID`; together ' +
      'they replace `/UsePKICert` for devices that should authenticate with Entra ID.',
    since: 'Documented since 2018 (version 1802 era).',
    docs: propertyDocLink('aadresourceuri'),
    example: 'AADRESOURCEURI=https://cmserverapp.contoso.com',
  },
  {
    name: 'AADTENANTID',
    kind: 'property',
    status: 'documented',
    value: { type: 'guid' },
    syntax: 'AADTENANTID=<GUID>',
    summary: 'ID of the Microsoft Entra tenant that the site is linked to for Cloud Management.',
    description:
      'The tenant GUID; on a device joined to that tenant, `dsregcmd.exe /status` shows it as **TenantId**. Part of the ' +
      'Entra/CMG installation (`/mp`, `CCMHOSTNAME`, `SMSSITECODE`, optional `SMSMP`, `AADTENANTID`, `AADCLIENTAPPID`, ' +
      '`AADRESOURCEURI`). Entra-joined devices can usually leave it out because the CMG publishes the tenant details.',
    since: 'Documented since 2018 (version 1802 era).',
    docs: propertyDocLink('aadtenantid'),
    example: 'AADTENANTID=0d3c9a7e-5b21-4f8a-9e64-7a1c2b3d4e5f',
  },
  {
    name: 'AADTENANTNAME',
    kind: 'property',
    status: 'obsolete',
    value: { type: 'text' },
    syntax: 'AADTENANTNAME=<tenant name>',
    summary: 'Microsoft Entra tenant name; hidden from the reference since 2018.',
    description:
      'Appeared in the Technical Preview 1705 and 1709 examples, and its section has been commented out of the property ' +
      'reference since March 2018. Current installations identify the tenant with `AADTENANTID` (or get it from the CMG), ' +
      'so this property can be dropped.',
    since: 'Technical Preview 1705/1709 only; hidden in the documentation since 2018.',
    docs: CLIENT_MSI_SECTION,
    example: 'AADTENANTNAME=Contoso',
  },

  // ---------------------------------------------------------------------------------------------
  // CCM* client configuration properties
  // ---------------------------------------------------------------------------------------------
  {
    name: 'CCMADMINS',
    kind: 'property',
    status: 'documented',
    value: { type: 'accounts' },
    syntax: 'CCMADMINS="<domain\\account>[;<domain\\group>...]"',
    summary: 'Windows users or groups that get access to the client\'s settings and policies.',
    description:
      'Separate accounts with `;` and quote the list when a name contains spaces. Intended for cases where whoever manages ' +
      'the client has no local administrator rights on the device.',
    security:
      'Every listed principal gets access to client settings and policies on every device installed with this line. A ' +
      'broad group (`Everyone`, `Authenticated Users`, `Domain Users`, `Users`, `INTERACTIVE`) hands that access to any user ' +
      'who can sign in. Name a small, dedicated group.',
    since: 'Available since ConfigMgr 2007.',
    acceptsSpaces: true,
    docs: propertyDocLink('ccmadmins'),
    example: 'CCMADMINS="CONTOSO\\CM Client Admins"',
  },
  {
    name: 'CCMALLOWSILENTREBOOT',
    kind: 'property',
    status: 'documented',
    value: { type: 'none' },
    syntax: 'CCMALLOWSILENTREBOOT',
    summary: 'Lets the device restart silently after installation when a restart is needed.',
    description:
      'Written without `=value`. If the installation needs a restart, the device restarts without any warning, even when ' +
      'someone is signed in.',
    default: 'Off: no silent restart.',
    security: 'Users get no warning before the restart, so unsaved work can be lost and the device is briefly unavailable.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('ccmallowsilentreboot'),
    example: 'CCMALLOWSILENTREBOOT',
  },
  {
    name: 'CCMALWAYSINF',
    kind: 'property',
    status: 'documented',
    value: {
      type: 'zeroOne',
      values: [
        { value: '0', description: 'Not forced onto the internet: the client works out for itself whether it is on the intranet or the internet (same as leaving the property out).' },
        { value: '1', description: 'Always internet-based: the client never tries intranet site systems and shows the connection type **Always Internet**.' },
      ],
    },
    syntax: 'CCMALWAYSINF=1',
    summary: 'Makes the client always internet-based, so it only talks to internet-facing site systems.',
    description:
      'With `1` the client only uses internet-facing management points or a CMG. It needs `CCMHOSTNAME` to know where that ' +
      'is, `SMSSITECODE` with a real site code, and a way to authenticate (usually `/UsePKICert`). On an installed client the ' +
      'same switch is the registry value `ClientAlwaysOnInternet = 1` under `HKLM\\SOFTWARE\\Microsoft\\CCM\\Security`.',
    default: 'Off: the client detects intranet or internet by itself.',
    security:
      'An always-internet client gets its first trust material from internet-facing servers. Assign the site explicitly and ' +
      'install the site signing certificate with `SMSSIGNCERT`, or its first management point decides which policy signer it trusts.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('ccmalwaysinf'),
    example: 'CCMALWAYSINF=1',
  },
  {
    name: 'CCMCERTISSUERS',
    kind: 'property',
    status: 'documented',
    value: { type: 'certIssuers' },
    syntax: 'CCMCERTISSUERS="<RDN>=<value>[; <RDN>=<value>...][ | <next root CA>...]"',
    summary: 'The certificate issuers list: root CAs whose client certificates the client may select.',
    description:
      'Each root CA is described by attributes of its subject (`CN=`, `O=`, `C=`...) separated by `,` or `;`; several roots are ' +
      'separated by `|`. Matching is case-sensitive. Copy the value from the `CertificateIssuers` line of the site\'s ' +
      '`mobileclient.tcf` (`\\bin\\<platform>` on the site server). Values can themselves contain commas (`O=Contoso, Ltd`).\n\n' +
      'Without it, the client gets the list from Active Directory, client push, or its management point after assignment. ' +
      'Once the client has a list, a certificate that doesn\'t chain to one of these roots is never chosen and the remaining ' +
      'selection criteria are not tried. Long values can exceed the 255-character default limit of the Group Policy ADM template.',
    default: 'None on the command line; the list comes from AD, client push or the management point.',
    security:
      'Limits which CAs\' certificates the client will present. A client installed without it (manual, workgroup or internet ' +
      'installs) skips the issuer check until it is assigned, so any client-authentication certificate in the store can be ' +
      'picked. A wrong value makes selection fail and the client falls back to HTTP with a self-signed certificate.',
    since: 'Available since ConfigMgr 2007.',
    acceptsSpaces: true,
    docs: propertyDocLink('ccmcertissuers'),
    example: 'CCMCERTISSUERS="CN=Contoso Root CA; O=Contoso; C=US"',
  },
  {
    name: 'CCMCERTNAMECHECK',
    kind: 'property',
    status: 'documented',
    value: {
      type: 'zeroOne',
      values: [
        { value: '0', description: 'Skip the check that the certificate subject contains the computer name.' },
        { value: '1', description: 'Keep the subject-name check (the behaviour when the property is absent; only `0` is documented).' },
      ],
    },
    syntax: 'CCMCERTNAMECHECK=0',
    summary: 'Set to 0 to skip checking the client certificate\'s subject name.',
    description:
      'By default a client certificate\'s Subject Name has to contain the local computer name, unless custom selection ' +
      'criteria (`CCMCERTSEL`) are used. `CCMCERTNAMECHECK=0` removes that requirement.',
    default: 'Check enabled (inferred; Microsoft documents only the value 0).',
    security:
      'Without the name check the client may present any client-authentication certificate in its store that chains to a ' +
      'trusted root, including one issued to another computer, shared between machines or copied in from an image. A ' +
      'stolen certificate then works on any device. Prefer precise `CCMCERTSEL` criteria.',
    since: 'Added in version 2207.',
    docs: propertyDocLink('ccmcertnamecheck'),
    example: 'CCMCERTNAMECHECK=0',
  },
  {
    name: 'CCMCERTSEL',
    kind: 'property',
    status: 'documented',
    value: { type: 'certSelection' },
    syntax: 'CCMCERTSEL="Subject:<exact>" | "SubjectStr:<partial>" | "SubjectAttr:<OID or attribute> = <value>"',
    summary: 'Criteria the client uses to choose its client-authentication certificate when several are valid.',
    description:
      '`Subject:` needs an exact match and `SubjectStr:` a substring match, both in the Subject Name or the Subject ' +
      'Alternative Name; in the Subject Name `Subject:` is case-sensitive and `SubjectStr:` is not, in the SAN neither is. ' +
      '`SubjectAttr:` matches one attribute by OID or short name (`2.5.4.11 = Computers`, `OU = Computers`); supported ' +
      'names are DC, E/E-mail, CN, SN, SERIALNUMBER, C, L, S/ST, STREET, O, OU, T/Title, G/GN/GivenName, I/Initials, ' +
      'and OID 2.5.29.17 for the SAN. Quote the value; Microsoft\'s examples put spaces around `=`.\n\n' +
      'With a custom criterion, the certificate subject no longer has to contain the computer name. If several certificates ' +
      'still match, `CCMFIRSTCERT=1` takes the one valid longest. A partial SAN match given to ccmsetup is replaced by the ' +
      'site\'s own criteria when the client reads site data from AD or is installed by client push.',
    default: 'The default order: trusted issuer, Personal store, valid with an accessible key, client-authentication usage, subject contains the computer name, longest validity.',
    security:
      'Decides which identity the client presents to HTTPS site systems. `SubjectStr:` with a bare domain suffix matches ' +
      'almost any machine certificate, and a partial SAN match set here silently disappears once site settings from AD or ' +
      'client push overwrite it, so the intended pinning is lost. Prefer `Subject:` or `SubjectAttr:`.',
    since: 'Available since ConfigMgr 2007.',
    acceptsSpaces: true,
    docs: propertyDocLink('ccmcertsel'),
    example: 'CCMCERTSEL="SubjectAttr:OU = Computers"',
  },
  {
    name: 'CCMCERTSTORE',
    kind: 'property',
    status: 'documented',
    value: { type: 'text' },
    syntax: 'CCMCERTSTORE="<store name>"',
    summary: 'A computer certificate store to search when no valid certificate is in the Personal store.',
    description:
      'Names an alternative store in the **Computer** certificate store for client-authentication certificates. The store ' +
      'is created and kept filled outside Configuration Manager: deploy the certificates there and renew them before they ' +
      'expire, or the client loses its PKI identity. Only relevant with PKI (`/UsePKICert` or HTTPS).',
    default: 'Personal (the computer\'s personal store).',
    since: 'Available since ConfigMgr 2007.',
    acceptsSpaces: true,
    docs: propertyDocLink('ccmcertstore'),
    example: 'CCMCERTSTORE="ConfigMgr"',
  },
  {
    name: 'CCMDEBUGLOGGING',
    kind: 'property',
    status: 'documented',
    value: {
      type: 'zeroOne',
      values: [
        { value: '0', description: 'Debug logging off. The default.' },
        { value: '1', description: 'Debug logging on: the client writes low-level troubleshooting detail.' },
      ],
    },
    syntax: 'CCMDEBUGLOGGING=0|1',
    summary: 'Turns on debug-level client logging for troubleshooting.',
    description:
      'Produces a large volume of low-level log entries, which makes useful lines harder to find. It only works with logging ' +
      'on (`CCMENABLELOGGING=TRUE`, the default). Microsoft advises against it in production.',
    default: '0 (off).',
    security:
      'Client logs are readable by the local Users group. Debug detail tells a local attacker about site servers, ' +
      'deployments and configuration, which helps reconnaissance. Enable it only temporarily on devices under investigation.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('ccmdebuglogging'),
    example: 'CCMDEBUGLOGGING=1',
  },
  {
    name: 'CCMENABLELOGGING',
    kind: 'property',
    status: 'documented',
    value: { type: 'boolean' },
    syntax: 'CCMENABLELOGGING=TRUE|FALSE',
    summary: 'Turns client logging on (TRUE, the default) or off (FALSE).',
    description:
      '`FALSE` stops the client writing its logs; `CCMDEBUGLOGGING` then has no effect. `CCMLOGLEVEL`, `CCMLOGMAXSIZE` and ' +
      '`CCMLOGMAXHISTORY` shape what is written when it is on.',
    default: 'TRUE',
    security: 'Turning logging off removes the client-side trail needed for troubleshooting, auditing and incident investigation.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('ccmenablelogging'),
    example: 'CCMENABLELOGGING=TRUE',
  },
  {
    name: 'CCMEVALINTERVAL',
    kind: 'property',
    status: 'documented',
    value: { type: 'integer', min: 1, max: 1440, unit: 'minutes' },
    syntax: 'CCMEVALINTERVAL=<1-1440>',
    summary: 'How often, in minutes, the client health evaluation (ccmeval.exe) runs.',
    description:
      'Any whole number from 1 to 1440. The 2016 documentation says a missing or invalid value falls back to once a day.',
    default: '1440 minutes (once a day).',
    since: 'Documented since at least the System Center 2012 era (first version inferred).',
    docs: propertyDocLink('ccmevalinterval'),
    example: 'CCMEVALINTERVAL=720',
  },
  {
    name: 'CCMEVALHOUR',
    kind: 'property',
    status: 'documented',
    value: { type: 'integer', min: 0, max: 23, unit: 'hour of day' },
    syntax: 'CCMEVALHOUR=<0-23>',
    summary: 'Hour of the day at which the client health evaluation (ccmeval.exe) runs.',
    description:
      '`0` is midnight and `23` is 11 PM. The 2016 documentation says a missing or invalid value means midnight.',
    default: '0 (midnight).',
    since: 'Available since System Center 2012.',
    docs: propertyDocLink('ccmevalhour'),
    example: 'CCMEVALHOUR=2',
  },
  {
    name: 'CCMFIRSTCERT',
    kind: 'property',
    status: 'documented',
    value: {
      type: 'zeroOne',
      values: [
        { value: '0', description: 'No tie-break from the command line: when several certificates qualify, the site\'s selection policy decides, which may select none.' },
        { value: '1', description: 'When several certificates qualify, take the one with the longest validity period.' },
      ],
    },
    syntax: 'CCMFIRSTCERT=1',
    summary: 'Set to 1 to pick the qualifying PKI certificate with the longest validity period.',
    description:
      'A tie-break for when more than one certificate passes the selection criteria (`CCMCERTSEL`, `CCMCERTISSUERS`, store). ' +
      'Used with `/UsePKICert`; on a line without PKI it does nothing. The readiness tool\'s `/SelectFirstCert` works the same way.',
    default: 'Off: the site-level tie-break applies.',
    security:
      'When no selection criteria narrow the candidates, the longest-lived certificate wins even if it is the wrong identity. ' +
      'When selection ends with no certificate, the client falls back to HTTP with a self-signed certificate.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('ccmfirstcert'),
    example: 'CCMFIRSTCERT=1',
  },
  {
    name: 'CCMHOSTNAME',
    kind: 'property',
    status: 'documented',
    value: { type: 'host' },
    syntax: 'CCMHOSTNAME=<internet MP FQDN> | <CMG host>/CCM_Proxy_MutualAuth/<MP role ID>',
    summary: 'The internet-based management point or cloud management gateway the client uses on the internet.',
    description:
      'Either the FQDN of an internet-facing management point or the CMG address exactly as an active client reports it ' +
      '(`<CMG host>/CCM_Proxy_MutualAuth/<id>`, from `SMS_ActiveMPCandidate` where Type is Internet). Write it **without** ' +
      '`https://`; that prefix belongs only on a CMG `/mp` URL. With several internet MPs any one will do; the client learns ' +
      'the list and picks at random.\n\n' +
      'Don\'t combine it with `SMSSITECODE=AUTO`: assign internet clients to their site explicitly. Required for `/regtoken` ' +
      'installs, Entra/CMG installs and internet-based task sequences. For an on-premises management point, use `/mp` alone instead.',
    security:
      'This host is where the client registers and fetches policy from the internet. With a scheme prefix the client can\'t ' +
      'reach it and stays unmanaged; with `SMSSITECODE=AUTO` the client would take its site from whatever answers. Assign the ' +
      'site code and pin the policy signer with `SMSSIGNCERT`.',
    since: 'Available since ConfigMgr 2007; the CMG form is a current-branch addition (early previews used `CCM_Proxy_ServerAuth`).',
    docs: propertyDocLink('ccmhostname'),
    example: 'CCMHOSTNAME=CONTOSO.CLOUDAPP.NET/CCM_Proxy_MutualAuth/72057598037248100',
  },
  {
    name: 'CCMHTTPPORT',
    kind: 'property',
    status: 'documented',
    value: { type: 'integer', min: 1, max: 65535 },
    syntax: 'CCMHTTPPORT=<port>',
    summary: 'TCP port the client uses for HTTP traffic to site systems.',
    description:
      'Only change it when the site systems listen on a non-standard HTTP port. The site also publishes its ports to Active Directory.',
    default: '80',
    security:
      'Plain HTTP client communication is deprecated since 2103 and unsupported without Enhanced HTTP since 2403; prefer HTTPS.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('ccmhttpport'),
    example: 'CCMHTTPPORT=80',
  },
  {
    name: 'CCMHTTPSPORT',
    kind: 'property',
    status: 'documented',
    value: { type: 'integer', min: 1, max: 65535 },
    syntax: 'CCMHTTPSPORT=<port>',
    summary: 'TCP port the client uses for HTTPS traffic to site systems.',
    description:
      'Only change it when the site systems listen on a non-standard HTTPS port. The site also publishes its ports to Active Directory.',
    default: '443',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('ccmhttpsport'),
    example: 'CCMHTTPSPORT=443',
  },
  {
    name: 'CCMINSTALLDIR',
    kind: 'property',
    status: 'documented',
    value: { type: 'path' },
    syntax: 'CCMINSTALLDIR="<folder>"',
    summary: 'Folder to install the client files into.',
    description:
      'Quote the path if it contains spaces. Wherever the client goes, `ccmcore.dll` is still placed in `%WinDir%\\System32` ' +
      '(and a copy in `%WinDir%\\SysWOW64` on 64-bit Windows). Since System Center 2012 the folder may not be a redirected ' +
      'location such as Program Files or, on 64-bit Windows, `%WinDir%\\System32`.',
    default: '%WinDir%\\CCM',
    security:
      'The client\'s binaries run as SYSTEM. A new folder outside `%WinDir%` (for example at the root of a drive) inherits ' +
      'permissions that commonly let ordinary users create or change files there, which invites DLL or binary planting and ' +
      'escalation to SYSTEM. Keep the default or lock the folder\'s ACL down.',
    since: 'Available since ConfigMgr 2007.',
    acceptsSpaces: true,
    docs: propertyDocLink('ccminstalldir'),
    example: 'CCMINSTALLDIR="C:\\Windows\\CCM"',
  },
  {
    name: 'CCMLOGLEVEL',
    kind: 'property',
    status: 'documented',
    value: {
      type: 'enum',
      values: [
        { value: '0', description: 'Verbose: everything, including detail meant for troubleshooting.' },
        { value: '1', description: 'Default level of detail.' },
        { value: '2', description: 'Warnings and errors only.' },
        { value: '3', description: 'Errors only.' },
      ],
    },
    syntax: 'CCMLOGLEVEL=0|1|2|3',
    summary: 'How much detail the client writes to its log files, from 0 (verbose) to 3 (errors only).',
    description: 'Lower numbers log more. Has no effect when `CCMENABLELOGGING=FALSE`.',
    default: '1',
    security:
      '`0` writes verbose logs that the local Users group can read, exposing site servers, deployments and settings to ' +
      'anyone signed in. `2` and `3` leave little to investigate after an incident.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('ccmloglevel'),
    example: 'CCMLOGLEVEL=1',
  },
  {
    name: 'CCMLOGMAXHISTORY',
    kind: 'property',
    status: 'documented',
    value: { type: 'integer', min: 0, unit: 'log files' },
    syntax: 'CCMLOGMAXHISTORY=<count>',
    summary: 'How many rolled-over copies of each client log to keep.',
    description:
      'When a log reaches `CCMLOGMAXSIZE` it is renamed as a history file and a new log starts; this sets how many history ' +
      'files survive. `0` keeps none.',
    default: '1',
    security: '`0` discards each log as soon as it rolls over, shortening the trail available for investigations.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('ccmlogmaxhistory'),
    example: 'CCMLOGMAXHISTORY=5',
  },
  {
    name: 'CCMLOGMAXSIZE',
    kind: 'property',
    status: 'documented',
    value: { type: 'integer', min: 10000, unit: 'bytes' },
    syntax: 'CCMLOGMAXSIZE=<bytes>',
    summary: 'Maximum size in bytes of a client log file before it rolls over.',
    description: 'Must be at least 10,000 bytes. At this size the log becomes a history file (see `CCMLOGMAXHISTORY`) and a new one starts.',
    default: '250000 bytes.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('ccmlogmaxsize'),
    example: 'CCMLOGMAXSIZE=1000000',
  },

  // ---------------------------------------------------------------------------------------------
  // Other documented Client.msi properties
  // ---------------------------------------------------------------------------------------------
  {
    name: 'DISABLESITEOPT',
    kind: 'property',
    status: 'documented',
    value: { type: 'boolean' },
    syntax: 'DISABLESITEOPT=TRUE',
    summary: 'Stops administrators from changing the assigned site in the Configuration Manager control panel.',
    description: '`TRUE` greys out site assignment in the **Configuration Manager** control panel applet on the device.',
    default: 'Off: local administrators can change the assigned site.',
    security: 'Hardening: a local administrator can no longer re-point the client to another site from the control panel.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('disablesiteopt'),
    example: 'DISABLESITEOPT=TRUE',
  },
  {
    name: 'DISABLECACHEOPT',
    kind: 'property',
    status: 'documented',
    value: { type: 'boolean' },
    syntax: 'DISABLECACHEOPT=TRUE',
    summary: 'Stops administrators from changing the client cache settings in the Configuration Manager control panel.',
    description: '`TRUE` locks the cache folder settings in the **Configuration Manager** control panel applet on the device.',
    default: 'Off: local administrators can change the cache settings.',
    security: 'Hardening: keeps a local administrator from moving the cache to a less protected folder from the control panel.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('disablecacheopt'),
    example: 'DISABLECACHEOPT=TRUE',
  },
  {
    name: 'DNSSUFFIX',
    kind: 'property',
    status: 'documented',
    value: { type: 'host' },
    syntax: 'DNSSUFFIX=<DNS domain>',
    summary: 'DNS domain in which the client looks for management points published in DNS.',
    description:
      'The client queries the `_mssms_mp_<site code>._tcp` service records in this domain. Not needed when the client is in ' +
      'the same domain as a published management point, because its own domain is searched. DNS publishing is off by ' +
      'default. The management point found this way can be any one in the hierarchy, since it tells the client about the others.',
    default: 'The client\'s own DNS domain.',
    security:
      'The client trusts DNS to point it at a real management point. Whoever can forge those service records can steer ' +
      'clients that have no trusted root key or PKI to a rogue management point. Pair it with `SMSPUBLICROOTKEY` or PKI.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('dnssuffix'),
    example: 'DNSSUFFIX=contoso.com',
  },
  {
    name: 'FSP',
    kind: 'property',
    status: 'documented',
    value: { type: 'host' },
    syntax: 'FSP=<server>',
    summary: 'Fallback status point that receives the client\'s state messages.',
    description:
      'Name or FQDN of the fallback status point. For internet-based clients, give its internet FQDN. Client push sets it ' +
      'automatically.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('fsp'),
    example: 'FSP=fsp01.contoso.com',
  },
  {
    name: 'IGNOREAPPVVERSIONCHECK',
    kind: 'property',
    status: 'documented',
    value: { type: 'boolean' },
    syntax: 'IGNOREAPPVVERSIONCHECK=TRUE',
    summary: 'Skips the check for the minimum required App-V version.',
    description:
      'With `TRUE` the installer doesn\'t verify the Microsoft Application Virtualization version. A client installed ' +
      'without App-V can\'t receive virtual application deployments.',
    default: 'Off: the App-V version is checked.',
    since: 'Available since System Center 2012.',
    docs: propertyDocLink('ignoreappvversioncheck'),
    example: 'IGNOREAPPVVERSIONCHECK=TRUE',
  },
  {
    name: 'MANAGEDINSTALLER',
    kind: 'property',
    status: 'documented',
    value: {
      type: 'zeroOne',
      values: [
        { value: '0', description: 'Not registered as managed installers (the behaviour when the property is absent; only `1` is documented).' },
        { value: '1', description: 'Registers ccmsetup.exe and client.msi as Windows Defender Application Control managed installers.' },
      ],
    },
    syntax: 'MANAGEDINSTALLER=1',
    summary: 'Registers ccmsetup.exe and client.msi as WDAC managed installers.',
    description:
      'With `1`, Windows Defender Application Control treats the client installers as managed installers, so software they ' +
      'put on the device is allowed by a policy that trusts managed installers. An older documentation example misspelled it ' +
      '`MANGEDINSTALLER`; that spelling does nothing.',
    default: 'Off.',
    security:
      'Application control then trusts whatever arrives through this channel: anyone able to push software through ' +
      'Configuration Manager gets it past WDAC. Intended, but part of the WDAC trust boundary.',
    since: 'Appeared in the documentation between 2021 and 2022 (date inferred from the documentation history).',
    docs: propertyDocLink('managedinstaller'),
    example: 'MANAGEDINSTALLER=1',
  },
  {
    name: 'NOTIFYONLY',
    kind: 'property',
    status: 'documented',
    value: { type: 'boolean' },
    syntax: 'NOTIFYONLY=TRUE',
    summary: 'Client status reports problems it finds but doesn\'t fix them.',
    description: 'With `TRUE`, client health evaluation still reports its results but skips remediation.',
    default: 'Off: problems are remediated.',
    since: 'Available since System Center 2012.',
    docs: propertyDocLink('notifyonly'),
    example: 'NOTIFYONLY=TRUE',
  },
  {
    name: 'PROVISIONTS',
    kind: 'property',
    status: 'documented',
    value: { type: 'deploymentId' },
    syntax: 'PROVISIONTS=<task sequence deployment ID>',
    summary: 'Runs the task sequence with this deployment ID right after the client registers.',
    description:
      'Give the **deployment** ID (for example `PRI20001`) of a task sequence deployed, available or required, to the ' +
      '**All Provisioning Devices** collection. Use it only through ccmsetup.msi (inside `CCMSETUPCMD`), typically for ' +
      'Autopilot plus co-management. If registration fails, the task sequence doesn\'t start.\n\n' +
      'The task sequence runs before any custom client settings arrive, so it gets the **Default Client Settings** (for ' +
      'example the PowerShell execution policy and CMG access). If it installs applications or software updates, the client ' +
      'needs a PKI client-authentication certificate; a registration token alone isn\'t enough.',
    security:
      'Runs a task sequence, with system rights, on every device installed with this line before custom client settings ' +
      'apply. Review what that task sequence does and the Default Client Settings it depends on.',
    since: 'Added in version 2002.',
    docs: propertyDocLink('provisionts'),
    example: 'PROVISIONTS=PRI20001',
  },
  {
    name: 'RESETKEYINFORMATION',
    kind: 'property',
    status: 'documented',
    value: { type: 'boolean' },
    syntax: 'RESETKEYINFORMATION=TRUE',
    summary: 'Deletes the client\'s stored trusted root key, for example when moving it to another hierarchy.',
    description:
      'A client holding the wrong trusted root key can\'t reach a management point it trusts to get the right one; `TRUE` ' +
      'removes the old key. It applies to HTTP and HTTPS clients. To install a new key, reinstall with `SMSPUBLICROOTKEY` or ' +
      '`SMSROOTKEYPATH` (plus `SMSSITECODE`), or use client push.',
    default: 'Off.',
    security:
      'Removes the client\'s trust anchor. Unless a new key comes on the same command line, from Active Directory, from client ' +
      'push or through PKI, the client accepts the key of the first management point it contacts, so a rogue management ' +
      'point can take it over and serve it policy. Meant for one-off hierarchy moves, not standard install scripts.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('resetkeyinformation'),
    example: 'RESETKEYINFORMATION=TRUE',
  },
  {
    name: 'SITEREASSIGN',
    kind: 'property',
    status: 'documented',
    value: { type: 'boolean' },
    syntax: 'SITEREASSIGN=TRUE',
    summary: 'Enables automatic site reassignment during client upgrades.',
    description:
      'Only has an effect together with `SMSSITECODE=AUTO`, and `AUTO` only takes effect on an upgrade when this is `TRUE`.',
    default: 'Off.',
    security:
      'Reassignment uses automatic site assignment, with the same exposure as `SMSSITECODE=AUTO` on devices that can\'t read ' +
      'site data from Active Directory (inferred).',
    since: 'Documented since 2016.',
    docs: propertyDocLink('sitereassign'),
    example: 'SITEREASSIGN=TRUE',
  },
  {
    name: 'SMSCACHEDIR',
    kind: 'property',
    status: 'documented',
    value: { type: 'path' },
    syntax: 'SMSCACHEDIR="<folder path or name>"',
    summary: 'Location of the client cache folder.',
    description:
      'Either a full path or just a folder name. With a bare name, `SMSCACHEFLAGS` can choose the drive ' +
      '(`SMSCACHEDIR=Cache SMSCACHEFLAGS=MAXDRIVE`); with a full path, the `MAXDRIVE`, `MAXDRIVESPACE` and `NTFSONLY` flags ' +
      'are ignored. Quote paths that contain spaces.',
    default: '%WinDir%\\ccmcache',
    security:
      'The client runs installers from its cache as SYSTEM. A cache outside `%WinDir%` (such as `C:\\Temp` or a folder on a data ' +
      'drive) usually inherits permissions that let standard users change files, so a local user can swap an installer and ' +
      'get code run as SYSTEM. Keep the default or lock the folder down.',
    since: 'Available since ConfigMgr 2007.',
    acceptsSpaces: true,
    docs: propertyDocLink('smscachedir'),
    example: 'SMSCACHEDIR="C:\\Windows\\ccmcache"',
  },
  {
    name: 'SMSCACHEFLAGS',
    kind: 'property',
    status: 'documented',
    value: { type: 'cacheFlags' },
    syntax: 'SMSCACHEFLAGS=<flag>[;<flag>...]',
    summary: 'Keywords that control where the client cache goes and how its size is read.',
    description:
      'Flags, joined with `;`: `PERCENTDISKSPACE` (size as a percentage of the whole disk) or `PERCENTFREEDISKSPACE` (percentage ' +
      'of free space), never both, and each needing `SMSCACHESIZE` as a percentage; `MAXDRIVE` (largest disk), `MAXDRIVESPACE` ' +
      '(disk with most free space) and `NTFSONLY` (NTFS drives only), all ignored when `SMSCACHEDIR` is a full path; ' +
      '`COMPRESS` (keep the cache compressed); `FAILIFNOSPACE` (remove the client if the cache doesn\'t fit).\n\n' +
      'Ignored when upgrading a client, and on a reinstall it can\'t make the cache smaller than before.',
    default: 'None: cache in `SMSCACHEDIR`, uncompressed, `SMSCACHESIZE` read as MB.',
    security:
      '`MAXDRIVE` or `MAXDRIVESPACE` with a bare folder name can put the cache at the root of a data drive, where inherited ' +
      'permissions often let users modify it (see `SMSCACHEDIR`).',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('smscacheflags'),
    example: 'SMSCACHEFLAGS=NTFSONLY;COMPRESS',
  },
  {
    name: 'SMSCACHESIZE',
    kind: 'property',
    status: 'documented',
    value: { type: 'integer', min: 1, unit: 'MB' },
    syntax: 'SMSCACHESIZE=<MB or percent>',
    summary: 'Size of the client cache, in MB (or a percentage with a PERCENT cache flag).',
    description:
      'A number of megabytes, at least 1; with `SMSCACHEFLAGS=PERCENTDISKSPACE` or `PERCENTFREEDISKSPACE` it is a percentage ' +
      'instead (so at most 100). Cache-size client settings have effectively replaced it: the installer ignores it on ' +
      'upgrade, software-update downloads ignore the limit, and a reinstall can\'t shrink the cache below its earlier size.',
    default: '5120 MB (older documentation); in practice the cache-size client settings decide.',
    since: 'Available since ConfigMgr 2007; superseded in practice by client settings from version 1606.',
    docs: propertyDocLink('smscachesize'),
    example: 'SMSCACHESIZE=10240',
  },
  {
    name: 'SMSCONFIGSOURCE',
    kind: 'property',
    status: 'documented',
    value: { type: 'configSource' },
    syntax: 'SMSCONFIGSOURCE=<letters R, P, M, U>',
    summary: 'Where the installer looks for its settings, and in which order.',
    description:
      'One or more letters, read in order: `R` registry (properties provisioned by Group Policy), `P` properties on the ' +
      'command line, `M` existing settings when upgrading an older client, `U` upgrade the installed client and keep its ' +
      'assigned site code. The default `PU` checks the command line first, then existing settings.',
    default: 'PU',
    security: 'Putting `R` first makes registry values provisioned by Group Policy override what the command line says.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('smsconfigsource'),
    example: 'SMSCONFIGSOURCE=RP',
  },
  {
    name: 'SMSMP',
    kind: 'property',
    status: 'documented',
    value: { type: 'managementPoint' },
    syntax: 'SMSMP=[https://]<management point>',
    summary: 'The initial management point the installed client uses.',
    description:
      'Unlike `/mp`, which only locates installation files, this sets the management point the client talks to after ' +
      'installation; the initial list comes from `SMSMP` (or `/mp`), then AD, then DNS. Prefix `https://` when the management ' +
      'point accepts only HTTPS. Recommended for Entra-joined devices that move between internet and intranet. For several ' +
      'management points use `SMSMPLIST`.',
    security:
      'An explicit `http://` forces plain HTTP, which is unsupported without Enhanced HTTP since 2403. A missing ' +
      '`https://` for an HTTPS-only management point leaves the client unable to reach it.',
    since: 'Available since the System Center 2012 era.',
    docs: propertyDocLink('smsmp'),
    example: 'SMSMP=https://mp01.contoso.com',
  },
  {
    name: 'SMSMPLIST',
    kind: 'property',
    status: 'documented',
    value: { type: 'list', of: { type: 'managementPoint' }, separator: ';' },
    syntax: 'SMSMPLIST=[https://]<mp>[;[https://]<mp>...]',
    summary: 'List of management points the installed client uses.',
    description:
      'Separate entries with `;`. Prefix each management point that accepts only HTTPS with `https://`; entries without a ' +
      'prefix are contacted over HTTP. Like `SMSMP`, it affects the installed client, not where ccmsetup downloads from.',
    security: 'Same as `SMSMP`: avoid explicit `http://` entries, and mark HTTPS-only management points with `https://`.',
    since: 'Appeared in the documentation after April 2021 (date inferred from the documentation history).',
    docs: propertyDocLink('smsmplist'),
    example: 'SMSMPLIST=https://mp01.contoso.com;https://mp02.contoso.com',
  },
  {
    name: 'SMSPUBLICROOTKEY',
    kind: 'property',
    status: 'documented',
    value: { type: 'rootKey' },
    syntax: 'SMSPUBLICROOTKEY=<key>',
    summary: 'Pre-provisions the site\'s trusted root key on the client.',
    description:
      'Copy the value of the `SMSPublicRootKey` line in `mobileclient.tcf` (`\\bin\\<platform>` on the site server). Always ' +
      'add `SMSSITECODE=<site code>`. Unnecessary when the client gets the key from Active Directory or client push, or ' +
      'trusts the management point through HTTPS and PKI. Don\'t also pass `SMSROOTKEYPATH`. To check the installed key, read ' +
      'the `TrustedRootKey` class in WMI namespace `root\\ccm\\locationservices`.',
    default: 'From Active Directory or client push; otherwise the first management point contacted.',
    security:
      'The trusted root key is how the client recognises genuine management points. Pre-provisioning it stops a rogue ' +
      'management point from becoming the client\'s trust anchor. It is public, not secret, but it must be the site\'s own key.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('smspublicrootkey'),
    example: 'SMSPUBLICROOTKEY=0602000000A40000525341310008000001000100B914014C000AFEDBAE02FAF9F95D2CE55C38E38113195AD15BDA771ADBF37377E82380E70A4CF5B66CEC80FE062FECE1F9418B3502CC876EE6DAD3BC7453315CCF94A9406120CD612E29EAC95364FA4D73AE3E07FFAE5E9761EA66CAEC2CFCF978CB2A82F59575005544831012227325A365050AB14F481FC04320CFD781123BC4F721553D849047EE7544073B2447A500C4AFDA5A806D5D4C18A6FF11BF99F73657D31D2D185659908FC1F53F94DCE54E12DDC82C9DF3AF095C76D318872A407B86BDA2DD2C013F2BB963043E85C8C3827330CE6CC30D9BDF03AF9072F62C9EFBC5638E83DAB886B645C0C522350A6355D358078AA6AE7C435D4AE56BBBD6C9',
  },
  {
    name: 'SMSROOTKEYPATH',
    kind: 'property',
    status: 'documented',
    value: { type: 'path' },
    syntax: 'SMSROOTKEYPATH=<full path and file name>',
    summary: 'Installs the trusted root key from a text file.',
    description:
      'Give the full path of a file containing the `SMSPublicRootKey` value from `mobileclient.tcf`. Always add ' +
      '`SMSSITECODE=<site code>`, and don\'t also pass `SMSPUBLICROOTKEY`. Applies to HTTP and HTTPS clients; also used to ' +
      'reinstall a key after `RESETKEYINFORMATION`. Quote paths that contain spaces.',
    security:
      'The file decides which management points the client will trust. Keep it where every computer can read it but nobody ' +
      'can change it; a file on a writable share, in `%TEMP%` or downloaded over HTTP lets an attacker substitute their own ' +
      'key. A relative path depends on the folder ccmsetup runs from.',
    since: 'Available since ConfigMgr 2007.',
    acceptsSpaces: true,
    docs: propertyDocLink('smsrootkeypath'),
    example: 'SMSROOTKEYPATH=C:\\Windows\\ccmsetup\\trustedrootkey.txt',
  },
  {
    name: 'SMSSIGNCERT',
    kind: 'property',
    status: 'documented',
    value: { type: 'path' },
    syntax: 'SMSSIGNCERT=<full path>.cer',
    summary: 'Installs the site server signing certificate the client uses to verify signed policy.',
    description:
      'The full path of the site server\'s self-signed signing certificate (subject **Site Server**, friendly name **Site ' +
      'Server Signing Certificate**, in the server\'s **SMS** store), exported as a `.cer` **without** its private key. ' +
      'Microsoft\'s internet-client procedure always includes it, and it is advised whenever the management point faces an ' +
      'untrusted network. Quote paths that contain spaces.',
    default: 'Read from Active Directory; otherwise downloaded from the management point.',
    security:
      'Without it, the client takes the signing certificate from the first management point it reaches, so a spoofed or ' +
      'compromised management point could get forged policy accepted. The file must be a `.cer`: a `.pfx` or `.p12` means ' +
      'the key that signs policy for every client has been exported, and whoever holds it can sign policy. Store the file ' +
      'where it can\'t be tampered with and read it only over a protected channel (SMB signing or IPsec).',
    since: 'Available since ConfigMgr 2007; since System Center 2012 it must be the exported self-signed site server certificate.',
    acceptsSpaces: true,
    docs: propertyDocLink('smssigncert'),
    example: 'SMSSIGNCERT=C:\\Windows\\ccmsetup\\SiteServerSigning.cer',
  },
  {
    name: 'SMSSITECODE',
    kind: 'property',
    status: 'documented',
    value: { type: 'siteCode' },
    syntax: 'SMSSITECODE=<site code>|AUTO',
    summary: 'Assigns the client to a primary site, or lets it find its site automatically (AUTO).',
    description:
      'A three-character code of letters A-Z and digits 0-9 naming a **primary** site (not a central administration or ' +
      'secondary site), or `AUTO`. `AUX`, `CON`, `NUL`, `PRN`, `SMS` and `ENV` are never valid, and a code that doesn\'t exist ' +
      'makes assignment fail. With `AUTO`, or without the property, the client looks up its site in Active Directory or asks ' +
      'a management point; on upgrades `AUTO` needs `SITEREASSIGN=TRUE`.\n\n' +
      'Internet clients (`CCMHOSTNAME`, `CCMALWAYSINF=1`, `/regtoken`) need an explicit code, and so does a pre-provisioned ' +
      'root key (`SMSPUBLICROOTKEY`, `SMSROOTKEYPATH`). Leave it out when installing the client into a reference image.',
    default: 'AUTO behaviour when omitted.',
    security:
      '`AUTO` on a device that can\'t read site data from Active Directory (workgroup, untrusted forest, schema not ' +
      'extended) and has no pre-provisioned key or PKI takes the trusted root key from the first management point it ' +
      'reaches, so a rogue management point can capture the client. Use `AUTO` only where AD publishing, a pre-provisioned ' +
      'key or PKI establishes trust.',
    since: 'Available since ConfigMgr 2007.',
    docs: propertyDocLink('smssitecode'),
    example: 'SMSSITECODE=P01',
  },

  // ---------------------------------------------------------------------------------------------
  // Hidden, retired and undocumented properties
  // ---------------------------------------------------------------------------------------------
  {
    name: 'SMSDIRECTORYLOOKUP',
    kind: 'property',
    status: 'hidden',
    value: {
      type: 'enum',
      values: [
        { value: 'NOWINS', description: 'Never use WINS to find a management point; only Active Directory (or DNS). The most secure choice.' },
        { value: 'WINSSECURE', description: 'Fall back to WINS when AD fails, but only accept a management point found there after checking it against the trusted root key. The default.' },
        { value: 'WINSPROMISCUOUS', description: 'Removed in System Center 2012 and insecure: fell back to WINS and trusted the management point found there without checking its certificate.', deprecated: true },
      ],
    },
    syntax: 'SMSDIRECTORYLOOKUP=NOWINS|WINSSECURE',
    summary: 'Whether the client may fall back to WINS to find an HTTP management point.',
    description:
      'Controls WINS as a last-resort way to locate a management point when Active Directory and DNS don\'t answer. WINS is ' +
      'a deprecated service, and the section was commented out of the property reference in March 2020, but earlier ' +
      'Microsoft security guidance recommended installing clients with `NOWINS`. With `NOWINS` the client needs AD or DNS ' +
      'publishing to find a management point on the intranet.',
    default: 'WINSSECURE',
    security:
      'WINS name registrations are easy to spoof. With `WINSPROMISCUOUS` anyone who could register a WINS name could pose ' +
      'as a management point and hand the client policy, because no certificate check was made. `WINSSECURE` still keeps ' +
      'the spoofable lookup path; `NOWINS` removes it.',
    since: 'ConfigMgr 2007; WINSPROMISCUOUS removed in System Center 2012; hidden from the reference since March 2020.',
    docs: CLIENT_MSI_SECTION,
    example: 'SMSDIRECTORYLOOKUP=NOWINS',
  },
  {
    name: 'UPGRADETOLATEST',
    kind: 'property',
    status: 'documented',
    value: { type: 'none' },
    syntax: 'UPGRADETOLATEST',
    summary: 'Makes ccmsetup ask the management point for the newest client version, including the pre-production client.',
    description:
      'ccmsetup sends the management point a location request for the latest client source instead of the production ' +
      'baseline. Uses: new devices that belong in the pre-production collection (which they can\'t evaluate before the client ' +
      'exists), Windows Autopilot into co-management, and pull distribution points, whose client should match the ' +
      'distribution point binaries.\n\n' +
      'The current reference lists it as a Client.msi property. A proposed documentation change describes it as the ccmsetup ' +
      'parameter `/UpgradeToLatest`, which the site itself passes when it installs pull distribution points; both forms are accepted.',
    since: 'Documented around 2022 (the first version isn\'t stated).',
    docs: propertyDocLink('upgradetolatest'),
    example: 'UPGRADETOLATEST',
  },
  {
    name: 'SMSSLP',
    kind: 'property',
    status: 'obsolete',
    value: { type: 'host' },
    syntax: 'SMSSLP=<server>',
    summary: 'ConfigMgr 2007 server locator point; use SMSMP instead.',
    description:
      'Named the server locator point in ConfigMgr 2007. From System Center 2012 the role is gone and the property could ' +
      'only name a management point; current documentation doesn\'t mention it. Use `SMSMP` (or `SMSMPLIST`).',
    security: 'A leftover from the 2007 era; server locator point traffic was unencrypted even in native mode.',
    since: 'ConfigMgr 2007; limited to management points in System Center 2012; absent from current-branch documentation.',
    replacement: 'SMSMP',
    docs: CLIENT_MSI_SECTION,
    example: 'SMSSLP=mp01.contoso.com',
  },
  {
    name: 'CCMHTTPSSTATE',
    kind: 'property',
    status: 'undocumented',
    value: { type: 'integer' },
    syntax: 'CCMHTTPSSTATE=<number>',
    summary: 'Undocumented value seen in third-party scripts; Microsoft doesn\'t describe it as an installation property.',
    description:
      'Appears in a few community scripts (for example `CCMHTTPSSTATE=31`) but in no Microsoft page about client ' +
      'installation. It looks like an internal flag value; what it does at installation time is unknown. Use ' +
      '`/UsePKICert` and the site\'s communication settings to control HTTPS instead.',
    docs: CLIENT_MSI_SECTION,
    example: 'CCMHTTPSSTATE=31',
  },

  // ---------------------------------------------------------------------------------------------
  // ccmsetup.msi bootstrap property
  // ---------------------------------------------------------------------------------------------
  {
    name: 'CCMSETUPCMD',
    kind: 'property',
    status: 'documented',
    value: { type: 'text' },
    syntax: 'CCMSETUPCMD="<ccmsetup parameters> <Client.msi properties>"',
    summary: 'Property of ccmsetup.msi (not Client.msi) that carries a whole ccmsetup.exe command line.',
    description:
      'Belongs to **ccmsetup.msi**, the MSI bootstrap, which hands its value on to ccmsetup.exe. Used for the Intune MDM ' +
      'installation method and co-management. Put every inner parameter and property inside the one pair of double quotes; ' +
      'a property written after the closing quote goes to msiexec, not to ccmsetup. No escaping for quotes inside the value ' +
      'is documented, so avoid them.\n\n' +
      'Intune accepts at most **1024 characters** for the command line; a longer one makes the installation fail. When ' +
      'ccmsetup.msi is deployed by Group Policy it takes no properties at all. `PROVISIONTS` is only supported here.',
    security:
      'The inner command line carries the same sensitive values as any ccmsetup line (a `/regtoken` token, trust-file paths), ' +
      'and it is kept in the Intune app configuration, readable by Intune administrators (inferred).',
    since: 'Documented since 2018 (version 1802 era).',
    acceptsSpaces: true,
    docs: propertyDocLink('ccmsetupcmd'),
    example: 'CCMSETUPCMD="CCMHOSTNAME=CONTOSO.CLOUDAPP.NET/CCM_Proxy_MutualAuth/72186325152220500 SMSSITECODE=P01"',
  },

  // ---------------------------------------------------------------------------------------------
  // Windows Installer properties that ccmsetup passes through to msiexec
  // ---------------------------------------------------------------------------------------------
  {
    name: 'PATCH',
    kind: 'property',
    status: 'passthrough',
    value: { type: 'list', of: { type: 'path' }, separator: ';' },
    syntax: 'PATCH="<full path>.msp[;<full path>.msp...]"',
    summary: 'Windows Installer property: patch packages (.msp) to apply while client.msi installs.',
    description:
      'Not a Configuration Manager property: ccmsetup hands it to Windows Installer, which applies the listed patches during ' +
      'the installation. Administrators use it to install a client hotfix together with the client. Give full paths separated ' +
      'by `;`, and quote the value if a path has spaces.',
    security: 'The patches run with the installer\'s SYSTEM rights; take them from a location only administrators can change.',
    acceptsSpaces: true,
    docs: msiPropertyDocLink('PATCH'),
    example: 'PATCH="C:\\ClientPatch\\configmgr-client-hotfix-x64.msp"',
  },
  {
    name: 'REINSTALL',
    kind: 'property',
    status: 'passthrough',
    value: { type: 'text' },
    syntax: 'REINSTALL=<feature list>|ALL',
    summary: 'Windows Installer property: features to reinstall, usually ALL for a repair.',
    description:
      'Not a Configuration Manager property: Windows Installer reinstalls the named features (`ALL` for every installed ' +
      'feature). Seen in client repair command lines, usually with `REINSTALLMODE`. Written as a property (`REINSTALL=ALL`), ' +
      'never as a slash switch.',
    docs: msiPropertyDocLink('REINSTALL'),
    example: 'REINSTALL=ALL',
  },
  {
    name: 'REINSTALLMODE',
    kind: 'property',
    status: 'passthrough',
    value: { type: 'text' },
    syntax: 'REINSTALLMODE=<letters>',
    summary: 'Windows Installer property: letter codes that control what a reinstall replaces.',
    description:
      'Not a Configuration Manager property: letters such as `o`, `m`, `u`, `s`, `v`, `a` tell Windows Installer which files, ' +
      'registry entries and shortcuts to rewrite during a `REINSTALL`; `vomus` is a common choice for a full repair.',
    docs: msiPropertyDocLink('REINSTALLMODE'),
    example: 'REINSTALLMODE=vomus',
  },
  {
    name: 'TRANSFORMS',
    kind: 'property',
    status: 'passthrough',
    value: { type: 'list', of: { type: 'path' }, separator: ';' },
    syntax: 'TRANSFORMS=<transform>.mst[;<transform>.mst...]',
    summary: 'Windows Installer property: transforms (.mst) to apply to client.msi.',
    description:
      'Not a Configuration Manager property: Windows Installer applies the listed transforms to the package, separated by ' +
      '`;`. Microsoft documents no supported transform for client.msi, so prefer the documented properties.',
    docs: msiPropertyDocLink('TRANSFORMS'),
    example: 'TRANSFORMS=ClientSettings.mst',
  },
];
