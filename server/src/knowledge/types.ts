// The shape of the knowledge base: every ccmsetup parameter and Client.msi property, described once.
// Completion, hover, signature help, the value rules and the rule docs all read these records.

/** One allowed keyword of an enumerated value, with what it means. */
export interface EnumValue {
  value: string;
  description: string;
  /** Still parsed but removed, and insecure (SMSDIRECTORYLOOKUP=WINSPROMISCUOUS). */
  deprecated?: boolean;
}

/** How the value of a setting is written. Validators for each grammar live in `grammars.ts`. */
export type ValueGrammar =
  | { type: 'none' } // a flag that takes no value (`/UsePKICert`, `CCMALLOWSILENTREBOOT`)
  | { type: 'enum'; values: EnumValue[] } // one keyword, case-insensitive
  | { type: 'boolean' } // TRUE or FALSE, any case
  | { type: 'zeroOne'; values: EnumValue[] } // 0 or 1 (both accepted even where the docs show one)
  | { type: 'integer'; min?: number; max?: number; unit?: string }
  | { type: 'siteCode' } // three of A-Z0-9, or AUTO
  | { type: 'guid' }
  | { type: 'path' } // a local or UNC folder or file path
  | { type: 'host' } // NetBIOS name or FQDN (or a CMG host/CCM_Proxy_MutualAuth/id for CCMHOSTNAME)
  | { type: 'managementPoint' } // host, https://host, http://host, or a CMG URL
  | { type: 'url' }
  | { type: 'list'; of: ValueGrammar; separator: ';' } // `;`-separated list of the inner grammar
  | { type: 'certSelection' } // CCMCERTSEL grammar: Subject:, SubjectStr:, SubjectAttr:
  | { type: 'certIssuers' } // CCMCERTISSUERS grammar: RDN=value pairs, roots separated by |
  | { type: 'cacheFlags' } // SMSCACHEFLAGS keywords joined with ;
  | { type: 'configSource' } // SMSCONFIGSOURCE letters R, P, M, U
  | { type: 'token' } // a bulk registration token (JWT)
  | { type: 'deploymentId' } // a task sequence deployment ID such as PRI20001
  | { type: 'rootKey' } // the trusted root key string from mobileclient.tcf
  | { type: 'accounts' } // Windows accounts or groups separated by ;
  | { type: 'text' }; // free text, not checked

/** Where a setting stands in Microsoft's documentation today. */
export type SettingStatus =
  | 'documented' // in the current reference
  | 'hidden' // still works but commented out of the reference (SMSDIRECTORYLOOKUP, AADTENANTNAME)
  | 'obsolete' // replaced or removed (/native, SMSSLP, UPGRADETOLATEST as a property)
  | 'undocumented' // seen in the wild, never documented (CCMHTTPSSTATE)
  | 'internal' // switches Microsoft's own tools pass (/remediate, /log, /AutoUpgrade, /runservice)
  | 'passthrough'; // Windows Installer properties ccmsetup hands to msiexec (PATCH, REINSTALL, ...)

export interface SettingInfo {
  /** Exact documented spelling: `/mp`, `/UsePKICert`, `SMSSITECODE`. */
  name: string;
  kind: 'parameter' | 'property';
  status: SettingStatus;
  value: ValueGrammar;
  /** True when a value may be left out (`/native` or `/native:<option>`). Only for parameters with a value grammar. */
  valueOptional?: boolean;
  /** Usage as a reader would type it: `/mp:<server>[;<server>...]`, `SMSSITECODE=<code>|AUTO`. */
  syntax: string;
  /** One sentence, shown in completion lists. Our own words. */
  summary: string;
  /** Markdown, a short paragraph or two: what it does, how it interacts with other settings. Our own words. */
  description: string;
  /** The default when the setting is left out, in words (`NORMAL`, `%WinDir%\\ccmcache`, `off`). */
  default?: string;
  /** Why a security reviewer should care, when they should. Our own words. */
  security?: string;
  /** Version notes: when it was added, changed, deprecated or removed. */
  since?: string;
  /** For obsolete settings: what to write instead (`/UsePKICert`, `SMSMP`). */
  replacement?: string;
  /** Client push accepts this parameter (only meaningful for parameters). */
  pushAllowed?: boolean;
  /** May appear more than once on one command line (`/source`). */
  repeatable?: boolean;
  /** The value may hold spaces, so it has to be quoted (`CCMCERTSEL`, paths, `CCMADMINS`). */
  acceptsSpaces?: boolean;
  /** Link to the Microsoft documentation of this setting. */
  docs: string;
  /** A short, valid example token: `/mp:https://mp1.contoso.com`, `SMSSITECODE=P01`. */
  example: string;
}

/** Parameters of cmHttpsReadiness.exe, which take the same values as the certificate properties. */
export interface ReadinessParameterInfo {
  name: string; // `/Store`
  sameAs?: string; // the Client.msi property whose value rules apply (`CCMCERTSTORE`)
  value: ValueGrammar;
  syntax: string;
  summary: string;
  docs: string;
}
