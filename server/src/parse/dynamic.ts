// Values that are not literals: variables and placeholders of every host and template language.
// Such a value is unknown: value rules skip it, presence rules still count it.

// Each alternative is anchored on a distinctive opening character and bounded, so the test is linear.
const DYNAMIC_RE = new RegExp(
  [
    '%[^%\\s"]{1,64}%', // %VAR% (batch, task sequence variables)
    '%~?[a-zA-Z]{0,8}[0-9*]', // %1, %~dp0, %*
    '![^!\\s"]{1,64}!', // !VAR! (delayed expansion)
    '\\$[A-Za-z_({][^\\s"]{0,200}', // $var, $env:X, $(...), ${...}, $using:x
    '\\{\\{[^}]{0,200}\\}\\}', // {{ jinja }}
    '<[^<>]{1,120}>', // <placeholder>
    '\\[[A-Za-z][A-Za-z0-9 _-]{0,60}\\]', // [SiteCode] placeholder
    '\\*{3,}', // *** redacted
  ].join('|'),
);

export function isDynamic(value: string): boolean {
  return DYNAMIC_RE.test(value);
}
