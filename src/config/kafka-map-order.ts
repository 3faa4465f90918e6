/**
 * The order Kafka's DescribeConfigs lists broker configs in. Kafka builds the answer from a Scala
 * mutable.HashMap of all its broker configs (512 buckets in 4.4), so clients see them in that map's
 * iteration order: by bucket (the spread String.hashCode, masked), and by hash within a bucket.
 * Listing Samsa's in the same order makes answers compare equal, key for key, with Kafka's.
 */

/** Java's String.hashCode as an unsigned 32-bit number (UTF-16 code units, as Java). */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h >>> 0;
}

function spread(h: number): number {
  return (h ^ (h >>> 16)) >>> 0;
}

/** Compares two config names by their place in a Scala 2.13 mutable.HashMap of `buckets` buckets. */
export function compareInKafkaMapOrder(a: string, b: string, buckets = 512): number {
  const ha = spread(javaStringHash(a));
  const hb = spread(javaStringHash(b));
  const mask = buckets - 1;
  return (ha & mask) - (hb & mask) || ha - hb;
}
