import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKey } from '../../../src/protocol/generated/api-keys.ts';
import { ErrorCode } from '../../../src/protocol/generated/error-codes.ts';
import { joinBody, startGroupBroker } from './group-test-kit.ts';

test('LeaveGroup: v0-2 one member with the error on top; v3+ batched by instance id (KIP-345)', async () => {
  const { tb, client } = await startGroupBroker();
  try {
    const a = await client.request(ApiKey.JoinGroup, 5, joinBody({ groupInstanceId: 'i-a' }));
    assert.equal(a.errorCode, ErrorCode.NONE);
    assert.equal((await client.request(ApiKey.LeaveGroup, 0, { groupId: 'g', memberId: 'ghost' })).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
    const r = await client.request(ApiKey.LeaveGroup, 5, {
      groupId: 'g',
      members: [
        { memberId: '', groupInstanceId: 'i-a', reason: 'shutting down' },
        { memberId: '', groupInstanceId: 'i-zzz', reason: null },
      ],
    });
    assert.equal(r.errorCode, ErrorCode.NONE);
    assert.deepEqual(r.members.map((m: { errorCode: number }) => m.errorCode), [ErrorCode.NONE, ErrorCode.UNKNOWN_MEMBER_ID]);
    const d = await client.request(ApiKey.DescribeGroups, 5, { groups: ['g'] });
    assert.equal(d.groups[0].groupState, 'Empty');
  } finally {
    client.close();
    await tb.close();
  }
});
