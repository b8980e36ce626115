// Facts about this project that every front end prints. A test keeps VERSION equal to package.json's.

export const TOOL_NAME = 'ccmlint';
export const VERSION = '0.1.0';
export const HOMEPAGE = 'https://github.com/ccmlint/ccmlint';

/** The page documenting a rule. */
export function ruleDocsUrl(id: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${id.toUpperCase()}.md`;
}

/**
 * Node options the language server is started with (the VS Code extension passes them; other editors may).
 * A small young generation: analysing a large script allocates in short bursts, and V8 would otherwise keep
 * up to 32 MB of young space the server rarely needs again (the resident size of a server with a 1 MB
 * script open drops by about a fifth, at no measurable cost in analysis time).
 */
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=4'];
