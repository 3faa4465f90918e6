/**
 * Renders the cross-message tables: api-keys.ts (ApiKey names and version ranges), messages.ts
 * (codecs indexed by api key, and request/response type maps).
 */
import type { MessageModel } from './schema-loader.ts';
import { kebab, schemaConstName } from './emit-message.ts';
import { intersect } from './versions.ts';

export interface ApiPair {
  readonly key: number;
  readonly name: string;
  readonly request: MessageModel;
  readonly response: MessageModel;
}

export function pairApis(messages: readonly MessageModel[]): ApiPair[] {
  const requests = new Map<number, MessageModel>();
  const responses = new Map<number, MessageModel>();
  for (const m of messages) {
    if (m.apiKey === null) continue;
    if (m.type === 'request') requests.set(m.apiKey, m);
    else if (m.type === 'response') responses.set(m.apiKey, m);
  }
  const out: ApiPair[] = [];
  for (const [key, request] of [...requests].sort((a, b) => a[0] - b[0])) {
    const response = responses.get(key);
    if (!response) throw new Error(`api key ${key}: ${request.name} has no response schema`);
    out.push({ key, name: request.name.replace(/Request$/, ''), request, response });
  }
  return out;
}

export function emitApiKeys(apis: readonly ApiPair[]): string {
  const out: string[] = [];
  out.push('// Generated from the *Request.json schemas by tools/protocol-gen. Do not edit.');
  out.push('');
  out.push('/** Kafka API keys by name (the schema name without "Request"). */');
  out.push('export const ApiKey = {');
  for (const a of apis) out.push(`  ${a.name}: ${a.key},`);
  out.push('} as const;');
  out.push('export type ApiKey = (typeof ApiKey)[keyof typeof ApiKey];');
  out.push('');
  out.push('export interface ApiInfo {');
  out.push('  readonly apiKey: number;');
  out.push('  readonly name: string;');
  out.push('  readonly minVersion: number;');
  out.push('  readonly maxVersion: number;');
  out.push('  /** First flexible (KIP-482) version; -1 = never flexible. */');
  out.push('  readonly flexibleMin: number;');
  out.push('  /** The highest version is still being designed; Kafka does not advertise it by default. */');
  out.push('  readonly latestVersionUnstable: boolean;');
  out.push('  /** KIP-896: versions slated for removal in Kafka 4.0, or null. */');
  out.push('  readonly deprecatedVersions: readonly [number, number] | null;');
  out.push("  /** Server roles that accept the API: 'zkBroker' | 'broker' | 'controller'. */");
  out.push('  readonly listeners: readonly string[];');
  out.push('}');
  out.push('');
  out.push('/** Every API, indexed by api key (keys are dense from 0 in Kafka; a gap would be undefined). */');
  out.push('export const API_INFO: readonly ApiInfo[] = [');
  let next = 0;
  for (const a of apis) {
    for (; next < a.key; next++) out.push('  undefined as unknown as ApiInfo, // unused key');
    next = a.key + 1;
    const r = a.request;
    const v = r.validVersions!;
    const flex = intersect(r.flexibleVersions, r.validVersions);
    const dep = r.deprecatedVersions ? `[${r.deprecatedVersions.lo}, ${r.deprecatedVersions.hi}]` : 'null';
    out.push(
      `  { apiKey: ${a.key}, name: '${a.name}', minVersion: ${v.lo}, maxVersion: ${v.hi}, flexibleMin: ${flex ? flex.lo : -1}, ` +
        `latestVersionUnstable: ${r.latestVersionUnstable}, deprecatedVersions: ${dep}, listeners: ${JSON.stringify(r.listeners).replace(/"/g, "'")} },`,
    );
  }
  out.push('];');
  return out.join('\n') + '\n';
}

export function emitMessagesIndex(apis: readonly ApiPair[]): string {
  const out: string[] = [];
  out.push('// Generated from the *Request.json and *Response.json schemas by tools/protocol-gen. Do not edit.');
  out.push("import type { Reader } from '../reader.ts';");
  out.push("import type { Writer } from '../writer.ts';");
  out.push("import type { Input } from '../input.ts';");
  out.push("import type { MessageSchema } from '../message-schema.ts';");
  for (const a of apis) {
    for (const m of [a.request, a.response]) {
      out.push(
        `import { type ${m.name}, encode${m.name}, decode${m.name}, ${schemaConstName(m)} } from './${kebab(m.name)}.ts';`,
      );
    }
  }
  out.push('');
  out.push('/** Generic access to one message codec. Methods (not properties) so specific codecs are assignable. */');
  out.push('export interface MessageCodec<T = unknown> {');
  out.push('  encode(w: Writer, v: Input<T>, version: number): void;');
  out.push('  decode(r: Reader, version: number): T;');
  out.push('  readonly schema: MessageSchema;');
  out.push('}');
  out.push('');
  out.push('/** Request body type by api key: `RequestTypes[typeof ApiKey.Produce]` is ProduceRequest. */');
  out.push('export interface RequestTypes {');
  for (const a of apis) out.push(`  ${a.key}: ${a.request.name};`);
  out.push('}');
  out.push('');
  out.push('/** Response body type by api key. */');
  out.push('export interface ResponseTypes {');
  for (const a of apis) out.push(`  ${a.key}: ${a.response.name};`);
  out.push('}');
  out.push('');
  out.push('export type RequestOf<K extends keyof RequestTypes> = RequestTypes[K];');
  out.push('export type ResponseOf<K extends keyof ResponseTypes> = ResponseTypes[K];');
  out.push('');
  for (const [kind, pick] of [['REQUEST', 'request'], ['RESPONSE', 'response']] as const) {
    const typesName = kind === 'REQUEST' ? 'RequestTypes' : 'ResponseTypes';
    out.push(`/** ${kind === 'REQUEST' ? 'Request' : 'Response'} codecs indexed by api key. */`);
    out.push(`export const ${kind}_CODECS: { readonly [K in keyof ${typesName}]: MessageCodec<${typesName}[K]> } & readonly MessageCodec[] = [`);
    for (const a of apis) {
      const m = a[pick];
      out.push(`  { encode: encode${m.name}, decode: decode${m.name}, schema: ${schemaConstName(m)} },`);
    }
    out.push(`] as unknown as { readonly [K in keyof ${typesName}]: MessageCodec<${typesName}[K]> } & readonly MessageCodec[];`);
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
