/**
 * Topic name rules (Kafka's Topic.validate): 1 to 249 characters from [a-zA-Z0-9._-], not "." or
 * "..". Names starting with "__" are internal (__consumer_offsets, __transaction_state) and clients
 * may not create, delete or write to them.
 */
const LEGAL = /^[a-zA-Z0-9._-]+$/;
export const MAX_TOPIC_NAME_LENGTH = 249;

/** Why `name` is not a legal topic name, or null when it is. */
export function topicNameProblem(name: string | null | undefined): string | null {
  if (name === null || name === undefined || name.length === 0) return 'topic name is empty';
  if (name === '.' || name === '..') return `topic name cannot be "${name}"`;
  if (name.length > MAX_TOPIC_NAME_LENGTH) return `topic name is longer than ${MAX_TOPIC_NAME_LENGTH} characters`;
  if (!LEGAL.test(name)) return `topic name "${name}" has characters other than ASCII letters, digits, '.', '_' and '-'`;
  return null;
}

export function isInternalTopic(name: string): boolean {
  return name.startsWith('__');
}

/** Kafka refuses names that differ from an existing one only by '.' versus '_' (metric name clash). */
export function collidesWith(name: string, existing: string): boolean {
  return name !== existing && name.replaceAll('.', '_') === existing.replaceAll('.', '_');
}
