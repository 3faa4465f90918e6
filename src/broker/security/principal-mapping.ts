/**
 * The principal of an mTLS client: its certificate subject as an RFC 2253 distinguished name
 * (most specific part first, as Java's X500Principal prints it: `CN=alice,OU=eng,O=Samsa`), mapped by
 * ssl.principal.mapping.rules — a list of `RULE:<regex>/<replacement>/[L|U]` and `DEFAULT`, the first
 * rule whose regex matches the whole name wins; DEFAULT keeps the name; no match is an error.
 */
import type { X509Certificate } from 'node:crypto';
import { ConfigError } from '../../config/config-def.ts';

type Rule = { kind: 'default' } | { kind: 'rule'; pattern: RegExp; replacement: string; change: '' | 'L' | 'U' };

const KEY = 'ssl.principal.mapping.rules';

/** Reads up to the next unescaped '/', unescaping `\/`. */
function until(text: string, from: number): { value: string; end: number } {
  let out = '';
  let i = from;
  while (i < text.length && text[i] !== '/') {
    if (text[i] === '\\' && text[i + 1] === '/') {
      out += '/';
      i += 2;
    } else out += text[i++];
  }
  if (i >= text.length) throw new ConfigError(KEY, `${KEY}: a RULE needs the form RULE:pattern/replacement/[LU]`);
  return { value: out, end: i + 1 };
}

export function parseMappingRules(text: string): Rule[] {
  const rules: Rule[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && /[\s,]/.test(text[i]!)) i++;
    if (i >= text.length) break;
    if (text.startsWith('DEFAULT', i)) {
      rules.push({ kind: 'default' });
      i += 7;
    } else if (text.startsWith('RULE:', i)) {
      const pattern = until(text, i + 5);
      const replacement = until(text, pattern.end);
      i = replacement.end;
      let change: '' | 'L' | 'U' = '';
      if (text[i] === 'L' || text[i] === 'U') change = text[i++] as 'L' | 'U';
      let re: RegExp;
      try {
        re = new RegExp(`^(?:${pattern.value})$`);
      } catch (e) {
        throw new ConfigError(KEY, `${KEY}: bad pattern ${pattern.value}: ${(e as Error).message}`);
      }
      rules.push({ kind: 'rule', pattern: re, replacement: replacement.value, change });
    } else {
      throw new ConfigError(KEY, `${KEY}: expected RULE:... or DEFAULT at "${text.slice(i, i + 20)}"`);
    }
  }
  return rules;
}

/** The mapped principal name of `dn`; throws when no rule applies. */
export function mapPrincipal(dn: string, rules: readonly Rule[]): string {
  for (const r of rules) {
    if (r.kind === 'default') return dn;
    if (!r.pattern.test(dn)) continue;
    const out = dn.replace(r.pattern, r.replacement);
    return r.change === 'L' ? out.toLowerCase() : r.change === 'U' ? out.toUpperCase() : out;
  }
  throw new Error(`no ssl.principal.mapping.rules rule applies to ${dn}`);
}

const SPECIAL = /[,+"\\<>;]/g;

/** A certificate's subject as RFC 2253 prints it (Node lists the RDNs in certificate order, one per line). */
export function subjectDn(cert: X509Certificate): string {
  return cert.subject
    .split('\n')
    .filter((l) => l !== '')
    .reverse()
    .map((rdn) => {
      const eq = rdn.indexOf('=');
      return `${rdn.slice(0, eq)}=${rdn.slice(eq + 1).replace(SPECIAL, (c) => `\\${c}`)}`;
    })
    .join(',');
}
