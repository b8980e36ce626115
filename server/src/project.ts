// Facts about this project that every front end prints. A test keeps VERSION equal to package.json's.

export const TOOL_NAME = 'ccmlint';
export const VERSION = '0.1.0';
export const HOMEPAGE = 'https://github.com/ccmlint/ccmlint';

/** The page documenting a rule. */
export function ruleDocsUrl(id: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${id.toUpperCase()}.md`;
}
