/**
 * Reads a Netlify / Cloudflare Pages `_headers` file (public/_headers) and answers which headers
 * a path gets, the way both hosts combine rules: every rule whose pattern matches applies, in
 * file order, and a header named by several of them gets all their values (joined with ", ").
 * `*` matches any run of characters, `/` included (also none); `:name` one path segment.
 * Used by the tests (and their static server) to check what a host would send.
 */

export interface HeaderRule {
  pattern: string;
  /** 1-based line of the pattern, for messages. */
  line: number;
  headers: { name: string; value: string }[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!raw.startsWith('/') && !raw.startsWith('https://')) throw new Error(`_headers line ${line}: a rule starts with a path ("/…"): ${raw}`);
      rules.push({ pattern: raw.trim(), line, headers: [] });
      return;
    }
    const rule = rules[rules.length - 1];
    if (!rule) throw new Error(`_headers line ${line}: a header before any path`);
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(raw);
    if (!m) throw new Error(`_headers line ${line}: expected "Name: value": ${raw.trim()}`);
    rule.headers.push({ name: m[1]!, value: m[2]! });
  });
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https:\/\/[^/]+/, '');
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function ruleMatches(rule: HeaderRule, path: string): boolean {
  return patternRegExp(rule.pattern).test(path);
}

/** The rules that apply to a path, in file order. */
export function matchingRules(rules: readonly HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((r) => ruleMatches(r, path));
}

/** The headers a path gets (names lower-cased), each with every value the matching rules give. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of matchingRules(rules, path))
    for (const h of rule.headers) {
      const key = h.name.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), h.value]);
    }
  return out;
}
