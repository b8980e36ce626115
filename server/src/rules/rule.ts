// The shape of a rule: metadata from the catalog (shared/rules.md) and the checks.
import type { Severity, FixKind, Tag } from '../analyse/finding';
import type { RegionKind, HostLanguage } from '../locate/region';
import type { LineContext, DocumentContext } from './context';

export interface RuleMeta {
  id: string;
  name: string;
  severity: Severity;
  /** One sentence: what the rule reports. */
  description: string;
  /** The best fix the rule offers (the catalog's fix column), or 'none'. */
  fixable: FixKind | 'none';
  tags?: Tag[];
  /** Host languages whose fixtures must show this rule (defaults to all five). */
  hosts?: HostLanguage[];
}

export interface Rule {
  meta: RuleMeta;
  /** Region kinds the line check runs on (default: every kind except cmHttpsReadiness). */
  regions?: RegionKind[];
  /** Checks one command line. */
  checkLine?(ctx: LineContext): void;
  /** Checks the document as a whole (structure, host-level facts, scripts around the command). */
  checkDocument?(ctx: DocumentContext): void;
}
