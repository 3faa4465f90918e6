import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { joinBody, startGroupBroker } from './group-test-kit.ts';

test('ListGroups: all groups, v4 state filter (KIP-518), v5 type filter', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    const j = await client.request(ApiKey.JoinGroup, 3, joinBody({ groupId: 'active' }));
    await client.request(ApiKey.SyncGroup, 3, { groupId: 'active', generationId: j.generationId, memberId: j.memberId, assignments: [] });
    const idle = await client.request(ApiKey.JoinGroup, 3, joinBody({ groupId: 'idle' }));
    await client.request(ApiKey.LeaveGroup, 3, { groupId: 'idle', members: [{ memberId: idle.memberId, groupInstanceId: null }] });
    const names = (r: { groups: { groupId: string }[] }) => r.groups.map((g) => g.groupId).sort();
    const all = await client.request(ApiKey.ListGroups, 0, {});
    assert.equal(all.errorCode, ErrorCode.NONE);
    assert.deepEqual(names(all), ['active', 'idle']);
    assert.deepEqual(names(await client.request(ApiKey.ListGroups, 4, { statesFilter: ['Stable'] })), ['active']);
    assert.deepEqual(names(await client.request(ApiKey.ListGroups, 4, { statesFilter: ['empty'] })), ['idle']);
    const v5 = await client.request(ApiKey.ListGroups, 5, { statesFilter: [], typesFilter: ['classic'] });
    assert.equal(v5.groups.find((g: { groupId: string }) => g.groupId === 'active').groupType, 'classic');
    assert.deepEqual(names(await client.request(ApiKey.ListGroups, 5, { statesFilter: [], typesFilter: ['consumer'] })), []);
  } finally {
    client.close();
    await tb.close();
  }
});
