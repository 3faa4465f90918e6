import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requestHeaderVersion, responseHeaderVersion } from '../../src/protocol/headers.ts';
import { API_INFO, ApiKey } from '../../src/protocol/generated/api-keys.ts';
import { ProtocolError } from '../../src/protocol/protocol-error.ts';

test('request header: v2 in flexible versions, v1 before, v0 only for ControlledShutdown v0', () => {
  assert.equal(requestHeaderVersion(ApiKey.Produce, 8), 1);
  assert.equal(requestHeaderVersion(ApiKey.Produce, 9), 2);
  assert.equal(requestHeaderVersion(ApiKey.Metadata, 12), 2);
  assert.equal(requestHeaderVersion(ApiKey.ApiVersions, 2), 1);
  assert.equal(requestHeaderVersion(ApiKey.ApiVersions, 3), 2);
  assert.equal(requestHeaderVersion(ApiKey.ControlledShutdown, 0), 0);
  assert.equal(requestHeaderVersion(ApiKey.ControlledShutdown, 1), 1);
  assert.equal(requestHeaderVersion(ApiKey.SaslHandshake, 1), 1, 'never flexible');
});

test('response header: v1 in flexible versions, v0 before; ApiVersions always v0 (KIP-511)', () => {
  assert.equal(responseHeaderVersion(ApiKey.Fetch, 11), 0);
  assert.equal(responseHeaderVersion(ApiKey.Fetch, 12), 1);
  assert.equal(responseHeaderVersion(ApiKey.ApiVersions, 3), 0);
  assert.equal(responseHeaderVersion(ApiKey.ApiVersions, 4), 0);
  assert.equal(responseHeaderVersion(ApiKey.OffsetDelete, 0), 0, 'never flexible');
});

test('an unknown api key is UNKNOWN_API_KEY', () => {
  assert.throws(() => requestHeaderVersion(999, 0), (e: unknown) => e instanceof ProtocolError && e.code === 'UNKNOWN_API_KEY');
});

test('API_INFO is indexed by api key and matches the schema facts', () => {
  API_INFO.forEach((info, key) => assert.equal(info.apiKey, key));
  assert.equal(API_INFO.length, 95); // keys 0-94: the pre-4.0 set and Kafka 4.4's
  const produce = API_INFO[ApiKey.Produce]!;
  assert.deepEqual(
    { name: produce.name, min: produce.minVersion, max: produce.maxVersion, flex: produce.flexibleMin, dep: produce.deprecatedVersions },
    { name: 'Produce', min: 0, max: 13, flex: 9, dep: null }, // 4.4 removed v0-2 outright (KIP-896)
  );
  assert.equal(API_INFO[ApiKey.SaslHandshake]!.flexibleMin, -1);
  assert.equal(API_INFO[ApiKey.InitProducerId]!.latestVersionUnstable, true); // v6 (KIP-939) is unstable in 4.4
  assert.ok(API_INFO[ApiKey.Fetch]!.listeners.includes('broker'));
});
