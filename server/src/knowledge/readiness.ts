// Parameters of CMHttpsReadiness.exe, the HTTPS readiness assessment tool that the client installs in %WinDir%\CCM.
// Each option takes the same value as the Client.msi certificate property named in `sameAs`.

import { HTTPS_READINESS_SECTION } from './links';
import type { ReadinessParameterInfo } from './types';

export const READINESS_PARAMETERS: readonly ReadinessParameterInfo[] = [
  {
    name: '/Store',
    sameAs: 'CCMCERTSTORE',
    value: { type: 'text' },
    syntax: '/Store:<certificate store name>',
    summary: 'Certificate store to search besides Personal; takes the same value as CCMCERTSTORE.',
    docs: HTTPS_READINESS_SECTION,
  },
  {
    name: '/Issuers',
    sameAs: 'CCMCERTISSUERS',
    value: { type: 'certIssuers' },
    syntax: '/Issuers:<case-sensitive issuer list>',
    summary: 'Trusted root CAs a usable certificate must chain to; takes the same value as CCMCERTISSUERS.',
    docs: HTTPS_READINESS_SECTION,
  },
  {
    name: '/Criteria',
    sameAs: 'CCMCERTSEL',
    value: { type: 'certSelection' },
    syntax: '/Criteria:"Subject:<exact>" | "SubjectStr:<partial>" | "SubjectAttr:<OID or attribute> = <value>"',
    summary: 'Certificate selection criteria to test; takes the same value as CCMCERTSEL.',
    docs: HTTPS_READINESS_SECTION,
  },
  {
    name: '/SelectFirstCert',
    sameAs: 'CCMFIRSTCERT',
    value: { type: 'none' },
    syntax: '/SelectFirstCert',
    summary: 'When several certificates qualify, assess the one valid longest, as CCMFIRSTCERT=1 does.',
    docs: HTTPS_READINESS_SECTION,
  },
  {
    name: '/?',
    value: { type: 'none' },
    syntax: '/?',
    summary: 'Shows the options CMHttpsReadiness.exe accepts.',
    docs: HTTPS_READINESS_SECTION,
  },
];
