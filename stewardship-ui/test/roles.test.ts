import { describe, expect, it } from 'vitest';
import { canEdit, hasInbox, lifecycleActions, mayDecide, seesBankInClear, type Me } from '../src/auth/roles';

const me = (username: string, ...roles: string[]): Me => ({ username, name: username, roles });
const viewer = me('viewer', 'mdm-viewer');
const steward = me('steward', 'mdm-steward');
const engineer = me('engineer', 'mdm-approver-engineering');
const authorApprover = me('author-approver', 'mdm-steward', 'mdm-approver-engineering', 'mdm-approver-quality');
const task = { group: 'mdm-approver-engineering', assignee: null, escalatedTo: null };

describe('role rules', () => {
  it('offers a viewer no edit and no lifecycle action in any state', () => {
    expect(canEdit(viewer)).toBe(false);
    for (const state of ['DRAFT', 'IN_REVIEW', 'RELEASED', 'BLOCKED']) expect(lifecycleActions(viewer, 'items', state)).toEqual([]);
  });

  it('offers a steward the steps the transition table allows from each state', () => {
    expect(lifecycleActions(steward, 'items', 'DRAFT')).toEqual(['edit', 'submit']);
    expect(lifecycleActions(steward, 'items', 'IN_REVIEW')).toEqual([]);
    expect(lifecycleActions(steward, 'items', 'RELEASED')).toEqual(['block', 'obsolete', 'revision']);
    expect(lifecycleActions(steward, 'suppliers', 'RELEASED')).toEqual(['block', 'obsolete']);
    expect(lifecycleActions(steward, 'boms', 'BLOCKED')).toEqual(['unblock', 'obsolete']);
    expect(lifecycleActions(me('q', 'mdm-approver-quality'), 'items', 'RELEASED')).toEqual(['block']);
  });

  it('four eyes: the author of a change may not decide it, whatever roles they hold', () => {
    expect(mayDecide(authorApprover, task, 'author-approver')).toEqual({
      allowed: false,
      why: 'Your own change: another approver must decide it (four eyes).',
    });
    expect(mayDecide(engineer, task, 'author-approver')).toEqual({ allowed: true });
  });

  it('deciding needs the task group, or its escalation group, and a task claimed by someone else is theirs', () => {
    expect(mayDecide(me('buyer', 'mdm-approver-procurement'), task, 'steward').allowed).toBe(false);
    expect(mayDecide(me('admin', 'mdm-admin'), { ...task, escalatedTo: 'mdm-admin' }, 'steward').allowed).toBe(true);
    expect(mayDecide(engineer, { ...task, assignee: 'someone' }, 'steward')).toEqual({ allowed: false, why: 'Claimed by someone.' });
  });

  it('shows bank numbers in clear only to finance and admins; inbox for approvers and admins', () => {
    expect(seesBankInClear(steward)).toBe(false);
    expect(seesBankInClear(me('finance', 'mdm-approver-finance'))).toBe(true);
    expect(seesBankInClear(me('admin', 'mdm-admin'))).toBe(true);
    expect(hasInbox(steward)).toBe(false);
    expect(hasInbox(engineer)).toBe(true);
  });
});
