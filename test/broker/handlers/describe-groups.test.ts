import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { joinBody, startGroupBroker } from './group-test-kit.ts';

test('DescribeGroups: a Stable group with members, metadata and assignment; unknown groups are Dead', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    const j = await client.request(ApiKey.JoinGroup, 5, joinBody({ groupInstanceId: 'inst' }));
    await client.request(ApiKey.SyncGroup, 3, { groupId: 'g', generationId: j.generationId, memberId: j.memberId, groupInstanceId: 'inst', assignments: [{ memberId: j.memberId, assignment: Buffer.from('A') }] });
    const d = await client.request(ApiKey.DescribeGroups, 5, { groups: ['g', 'missing'], includeAuthorizedOperations: true });
    const [g, missing] = d.groups;
    assert.equal(g.errorCode, ErrorCode.NONE);
    assert.equal(g.groupState, 'Stable');
    assert.equal(g.protocolType, 'consumer');
    assert.equal(g.protocolData, 'range');
    assert.equal(g.members[0].groupInstanceId, 'inst');
    assert.equal(g.members[0].clientId, 'samsa-test');
    assert.equal(g.members[0].clientHost, '/127.0.0.1');
    assert.equal(g.members[0].memberAssignment.toString(), 'A');
    assert.ok(g.members[0].memberMetadata.length > 0);
    assert.notEqual(g.authorizedOperations, -2147483648);
    assert.equal(missing.groupState, 'Dead');
    const v0 = await client.request(ApiKey.DescribeGroups, 0, { groups: ['g'] });
    assert.equal(v0.groups[0].members.length, 1);
  } finally {
    client.close();
    await tb.close();
  }
});
