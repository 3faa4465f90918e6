/**
 * The `--add-scram` argument of `samsa broker format`, in the syntax of Kafka's
 * `kafka-storage.sh format --add-scram` (ScramParser):
 *
 *   SCRAM-SHA-256=[name=admin,password=admin-secret]
 *   SCRAM-SHA-512=[name=admin,iterations=8192,salt=<base64>,saltedpassword=<base64>]
 *
 * `name` and one of `password` / `saltedpassword` (which needs `salt`) are required; `iterations`
 * defaults to 4096 and must be within 4096..16384; a missing salt is random (of Kafka's shape). Any other key is an
 * error. The result is a credential record, never the password.
 */
import type { ScramCredentialRecord } from '../broker/metadata-store.ts';
import { credentialFromSaltedPassword, kafkaStyleSalt, saltedPassword, SCRAM_MECHANISMS, scramMechanism } from '../broker/security/scram-credential.ts';

export class AddScramError extends Error {
  override readonly name = 'AddScramError';
}

function base64(value: string, what: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) throw new AddScramError(`${what} is not base64: ${value}`);
  return Buffer.from(value, 'base64');
}

export function parseAddScram(input: string): ScramCredentialRecord {
  const arg = input.trim();
  const eq = arg.indexOf('=');
  if (eq < 0) throw new AddScramError(`no "=" in --add-scram '${arg}': write MECHANISM=[name=...,password=...]`);
  const mech = scramMechanism(arg.slice(0, eq));
  if (!mech) throw new AddScramError(`unknown mechanism '${arg.slice(0, eq)}' in --add-scram: use ${SCRAM_MECHANISMS.map((m) => m.name).join(' or ')}`);
  const body = arg.slice(eq + 1);
  if (!body.startsWith('[') || !body.endsWith(']')) throw new AddScramError(`--add-scram '${arg}': the settings must be in [ ], e.g. ${mech.name}=[name=admin,password=secret]`);
  const settings = new Map<string, string>();
  for (const part of body.slice(1, -1).split(',')) {
    const i = part.indexOf('=');
    if (i < 0) throw new AddScramError(`--add-scram: '${part.trim()}' is not key=value`);
    let value = part.slice(i + 1).trim();
    // Kafka allows the value in double quotes.
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    settings.set(part.slice(0, i).trim(), value);
  }
  const take = (k: string) => {
    const v = settings.get(k);
    settings.delete(k);
    return v;
  };
  const name = take('name');
  if (!name) throw new AddScramError("--add-scram needs 'name' (the user)");
  const saltText = take('salt');
  const iterText = take('iterations');
  const password = take('password');
  const saltedText = take('saltedpassword');
  if (settings.size > 0) throw new AddScramError(`unknown --add-scram settings: ${[...settings.keys()].join(', ')} (known: name, password, iterations, salt, saltedpassword)`);
  const iterations = iterText === undefined ? 4096 : Number(iterText);
  if (!Number.isInteger(iterations)) throw new AddScramError(`--add-scram: iterations '${iterText}' is not a whole number`);
  if (iterations < mech.minIterations || iterations > mech.maxIterations) {
    throw new AddScramError(`--add-scram: iterations must be within ${mech.minIterations}..${mech.maxIterations} for ${mech.name}, not ${iterations}`);
  }
  const salt = saltText === undefined ? kafkaStyleSalt() : base64(saltText, 'salt');
  let salted: Buffer;
  if (password !== undefined) salted = saltedPassword(mech, password, salt, iterations);
  else if (saltedText === undefined) throw new AddScramError("--add-scram needs 'password' (or 'saltedpassword' with 'salt')");
  else if (saltText === undefined) throw new AddScramError("--add-scram: 'saltedpassword' needs the 'salt' it was made with");
  else salted = base64(saltedText, 'saltedpassword');
  return { user: name, mechanism: mech.name, ...credentialFromSaltedPassword(mech, salt, iterations, salted) };
}
