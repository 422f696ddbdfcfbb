import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { invitationLink } from '../src/api/team';
import { memberActions, teamActions } from '../src/team/roles';

describe('teamActions: what each role sees on the team page', () => {
  it('gives owners every change and the others the list only', () => {
    assert.deepEqual(teamActions('owner'), { edit: true, remove: true, invite: true });
    assert.deepEqual(teamActions('reviewer'), { edit: false, remove: false, invite: false });
    assert.deepEqual(teamActions('viewer'), { edit: false, remove: false, invite: false });
  });
});

describe('memberActions: the actions on one member’s row', () => {
  const ann = { id: 'u1', role: 'owner' as const };
  const bo = { id: 'u2', role: 'reviewer' as const };
  const cy = { id: 'u3', role: 'viewer' as const };

  it('lets an owner change and remove a reviewer or viewer', () => {
    for (const m of [bo, cy])
      assert.deepEqual(memberActions('owner', m, [ann, bo, cy]), {
        roles: ['owner', 'reviewer', 'viewer'],
        handle: true,
        remove: true,
      });
  });

  it('keeps the only owner an owner and in the review', () => {
    assert.deepEqual(memberActions('owner', ann, [ann, bo, cy]), { roles: ['owner'], handle: true, remove: false });
  });

  it('lets one of two owners be demoted or removed', () => {
    const dee = { id: 'u4', role: 'owner' as const };
    assert.deepEqual(memberActions('owner', ann, [ann, dee]), {
      roles: ['owner', 'reviewer', 'viewer'],
      handle: true,
      remove: true,
    });
  });

  it('gives reviewers and viewers no action on any row, their own included', () => {
    for (const role of ['reviewer', 'viewer'] as const)
      for (const m of [ann, bo, cy])
        assert.deepEqual(memberActions(role, m, [ann, bo, cy]), { roles: [], handle: false, remove: false });
  });
});

describe('invitationLink', () => {
  it('opens the invitation page of the workbench where it was made', () => {
    assert.equal(
      invitationLink('a/b+c', { origin: 'https://evidens.example', pathname: '/app/' }),
      'https://evidens.example/app/#/invitations/a%2Fb%2Bc',
    );
  });
});
