// What a locator finds in a host file: the command lines (regions) and the comments around them.
import type { MappedText } from '../text/mapped-text';

export type HostLanguage = 'batch' | 'powershell' | 'tcf' | 'xml' | 'ccmsetup';

/**
 * What kind of command line a region holds; rules use it to decide what applies.
 * - ccmsetup: arguments of ccmsetup.exe
 * - ccmsetupcmd: the CCMSETUPCMD value of a ccmsetup.msi install (Intune), itself a ccmsetup command line
 * - push: a client push installation property string
 * - taskSequence: installation properties of the Setup Windows and ConfigMgr step (SMSClientInstallProperties)
 * - configFile: the properties after Install=INSTALL=ALL in a /config (.tcf) file
 * - readiness: arguments of cmHttpsReadiness.exe
 */
export type RegionKind = 'ccmsetup' | 'ccmsetupcmd' | 'push' | 'taskSequence' | 'configFile' | 'readiness';

/** How text inserted into a region must be written so the host passes it through unchanged. */
export type Quoting =
  | 'raw' // batch command, plain ccmsetup line, tcf value, PowerShell bareword arguments
  | 'ps-double' // inside a PowerShell "..." string or @"..."@ here-string
  | 'ps-single' // inside a PowerShell '...' string or @'...'@ here-string
  | 'xml'; // XML element text or attribute value

export interface Region {
  kind: RegionKind;
  /** The command line as the program receives it, mapped back to the document. */
  text: MappedText;
  quoting: Quoting;
  /** The command line sits inside msiexec's CCMSETUPCMD="..." value, where a quote is written "". */
  msiQuoted?: boolean;
  /** When parts of the command line come from differently quoted strings (PowerShell), the quoting at an offset. */
  quotingAt?: (offset: number) => Quoting;
  /** Document range of the executable word (ccmsetup.exe) when there is one. */
  executable?: { start: number; end: number };
  /** Document range of the whole statement, for "disable next line" and symbols. */
  statement: { start: number; end: number };
  /** How the host writes an environment variable reference (`%NAME%`, `$env:NAME`), or undefined if it can't here. */
  envVar?: (name: string) => string;
  /** What the line cache (analyse/line-cache.ts) knows this command line by, once worked out. */
  cacheKey?: string;
}

export interface Comment {
  /** Document range of the comment text (after the comment marker). */
  start: number;
  end: number;
  text: string;
  /** Document range of the whole comment line, marker included (for removing it). */
  lineStart: number;
}

/** Facts about the host file that document-level rules judge (not command lines themselves). */
export type HostNote =
  | { kind: 'client-msi'; start: number; end: number } // msiexec installing client.msi directly
  | { kind: 'ccmsetupcmd-value'; start: number; end: number; length: number } // the CCMSETUPCMD="..." value
  | { kind: 'smart-quote'; start: number; end: number } // a typographic quote the host itself treated as a quote
  | { kind: 'tcf-missing-section'; start: number; end: number }
  | { kind: 'tcf-missing-install'; start: number; end: number } // [Client Install] without an Install= line
  | { kind: 'tcf-bad-install'; start: number; end: number; value: string };

export interface Located {
  host: HostLanguage;
  regions: Region[];
  comments: Comment[];
  notes: HostNote[];
  /** Other statements a directive on the line before should cover whole (PowerShell assignments spanning lines). */
  statements?: { start: number; end: number }[];
  /** What the locator keeps to locate again after an edit (locate/incremental.ts); opaque to everyone else. */
  incremental?: unknown;
}
