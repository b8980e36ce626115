// Every rule, in id order. One file per rule; the ids and names are the contract in shared/rules.md.
import { rule as CCM000 } from './CCM000-unused-directive';
import { rule as CCM001 } from './CCM001-unterminated-quote';
import { rule as CCM002 } from './CCM002-malformed-setting';
import { rule as CCM003 } from './CCM003-empty-value';
import { rule as CCM004 } from './CCM004-space-after-separator';
import { rule as CCM005 } from './CCM005-stray-token';
import { rule as CCM006 } from './CCM006-parameter-after-property';
import { rule as CCM007 } from './CCM007-client-msi-direct-install';
import { rule as CCM008 } from './CCM008-ccmsetupcmd-too-long';
import { rule as CCM009 } from './CCM009-config-file-structure';
import { rule as CCM010 } from './CCM010-list-separator';
import { rule as CCM011 } from './CCM011-smart-quote';
import { rule as CCM101 } from './CCM101-unknown-parameter';
import { rule as CCM102 } from './CCM102-unknown-property';
import { rule as CCM103 } from './CCM103-duplicate-setting';
import { rule as CCM104 } from './CCM104-invalid-value';
import { rule as CCM105 } from './CCM105-unexpected-value';
import { rule as CCM106 } from './CCM106-reserved-site-code';
import { rule as CCM107 } from './CCM107-obsolete-setting';
import { rule as CCM108 } from './CCM108-no-effect';
import { rule as CCM109 } from './CCM109-conflicting-settings';
import { rule as CCM110 } from './CCM110-push-unsupported-parameter';
import { rule as CCM201 } from './CCM201-cmg-mp-needs-https';
import { rule as CCM202 } from './CCM202-ccmhostname-scheme';
import { rule as CCM203 } from './CCM203-internet-client-needs-site-code';
import { rule as CCM204 } from './CCM204-https-mp-without-client-auth';
import { rule as CCM205 } from './CCM205-always-internet-without-host';
import { rule as CCM206 } from './CCM206-regtoken-incomplete';
import { rule as CCM207 } from './CCM207-pki-with-entra';
import { rule as CCM301 } from './CCM301-wins-promiscuous';
import { rule as CCM302 } from './CCM302-wins-fallback';
import { rule as CCM303 } from './CCM303-crl-check-disabled';
import { rule as CCM304 } from './CCM304-root-key-without-site-code';
import { rule as CCM305 } from './CCM305-root-key-reset-without-replacement';
import { rule as CCM306 } from './CCM306-internet-client-without-signing-cert';
import { rule as CCM307 } from './CCM307-signing-cert-with-private-key';
import { rule as CCM308 } from './CCM308-trust-file-insecure-source';
import { rule as CCM309 } from './CCM309-trust-file-relative-path';
import { rule as CCM310 } from './CCM310-first-mp-trust';
import { rule as CCM311 } from './CCM311-plain-http-management-point';
import { rule as CCM312 } from './CCM312-embedded-registration-token';
import { rule as CCM313 } from './CCM313-cert-name-check-disabled';
import { rule as CCM314 } from './CCM314-partial-san-match-overwritten';
import { rule as CCM315 } from './CCM315-missing-issuers-list';
import { rule as CCM316 } from './CCM316-writable-cache-dir';
import { rule as CCM317 } from './CCM317-writable-install-dir';
import { rule as CCM318 } from './CCM318-broad-client-admins';
import { rule as CCM319 } from './CCM319-verbose-client-logging';
import { rule as CCM320 } from './CCM320-upgrade-excluded';
import { rule as CCM321 } from './CCM321-plaintext-credential';
import { rule as CCM322 } from './CCM322-smb-content-source';
import { rule as CCM323 } from './CCM323-weak-signing-certificate';
import { rule as CCM324 } from './CCM324-silent-reboot';
import { rule as CCM325 } from './CCM325-trust-anchor-mismatch';
import type { Rule, RuleMeta } from './rule';

export const RULES: readonly Rule[] = [
  CCM000,
  CCM001,
  CCM002,
  CCM003,
  CCM004,
  CCM005,
  CCM006,
  CCM007,
  CCM008,
  CCM009,
  CCM010,
  CCM011,
  CCM101,
  CCM102,
  CCM103,
  CCM104,
  CCM105,
  CCM106,
  CCM107,
  CCM108,
  CCM109,
  CCM110,
  CCM201,
  CCM202,
  CCM203,
  CCM204,
  CCM205,
  CCM206,
  CCM207,
  CCM301,
  CCM302,
  CCM303,
  CCM304,
  CCM305,
  CCM306,
  CCM307,
  CCM308,
  CCM309,
  CCM310,
  CCM311,
  CCM312,
  CCM313,
  CCM314,
  CCM315,
  CCM316,
  CCM317,
  CCM318,
  CCM319,
  CCM320,
  CCM321,
  CCM322,
  CCM323,
  CCM324,
  CCM325,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));

export const UNUSED_DIRECTIVE: RuleMeta = CCM000.meta;

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id.toUpperCase());
}

export type { Rule, RuleMeta };
