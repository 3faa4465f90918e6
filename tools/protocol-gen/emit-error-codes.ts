/** Renders generated/error-codes.ts from the hand-kept list in error-data.ts. */
import { ERROR_DATA } from './error-data.ts';

export function emitErrorCodes(): string {
  const out: string[] = [];
  out.push('// Generated from tools/protocol-gen/error-data.ts by tools/protocol-gen. Do not edit.');
  out.push('');
  out.push("/** Kafka error codes by name (names as in Kafka's Errors enum). */");
  out.push('export const ErrorCode = {');
  for (const e of ERROR_DATA) out.push(`  ${e.name}: ${e.code},`);
  out.push('} as const;');
  out.push('export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];');
  out.push('');
  out.push('export interface ErrorInfo {');
  out.push('  readonly code: number;');
  out.push('  readonly name: string;');
  out.push('  /** Clients retry the request on this error (a RetriableException in the Java client). */');
  out.push('  readonly retriable: boolean;');
  out.push('  readonly message: string;');
  out.push('}');
  out.push('');
  out.push('/** Every known error, in code order. */');
  out.push('export const ERRORS: readonly ErrorInfo[] = [');
  for (const e of ERROR_DATA) {
    out.push(`  { code: ${e.code}, name: '${e.name}', retriable: ${e.retriable}, message: ${JSON.stringify(e.message)} },`);
  }
  out.push('];');
  out.push('');
  out.push('const BY_CODE = new Map<number, ErrorInfo>(ERRORS.map((e) => [e.code, e]));');
  out.push('');
  out.push('/** The error with this code, or undefined for a code this list does not know. */');
  out.push('export function errorInfo(code: number): ErrorInfo | undefined {');
  out.push('  return BY_CODE.get(code);');
  out.push('}');
  return out.join('\n') + '\n';
}
