/**
 * Which screens and actions a user is offered. The server still decides every call; these rules only keep the
 * screen from offering what would be refused (a viewer sees no edit button, an author no approve button).
 */
export const Role = {
  viewer: 'mdm-viewer',
  steward: 'mdm-steward',
  admin: 'mdm-admin',
  finance: 'mdm-approver-finance',
  quality: 'mdm-approver-quality',
} as const;

export type Domain = 'items' | 'boms' | 'suppliers' | 'customers';

const BUSINESS = /^mdm-(viewer|steward|admin|approver-[a-z]+)$/;

export interface Me {
  username: string;
  name: string;
  roles: string[];
}

const has = (me: Me, role: string) => me.roles.includes(role);

export const canRead = (me: Me) => me.roles.some((r) => BUSINESS.test(r));
export const canEdit = (me: Me) => has(me, Role.steward);
export const approverGroups = (me: Me) => me.roles.filter((r) => r.startsWith('mdm-approver-'));
export const hasInbox = (me: Me) => approverGroups(me).length > 0 || has(me, Role.admin);
export const canSeeDeliveries = (me: Me) => has(me, Role.steward) || has(me, Role.admin);
/** Bank account numbers are shown in clear to finance and admins only (the server masks them for the rest). */
export const seesBankInClear = (me: Me) => has(me, Role.finance) || has(me, Role.admin);

export type LifecycleAction = 'submit' | 'block' | 'unblock' | 'obsolete' | 'revision' | 'edit';

/** The lifecycle steps this user may start on a record in this state (docs/lifecycle.md's transition table). */
export function lifecycleActions(me: Me, domain: Domain, state: string): LifecycleAction[] {
  const steward = has(me, Role.steward);
  const actions: LifecycleAction[] = [];
  if (state === 'DRAFT' && steward) actions.push('edit', 'submit');
  if (state === 'RELEASED' && (steward || has(me, Role.quality))) actions.push('block');
  if (state === 'BLOCKED' && steward) actions.push('unblock');
  if ((state === 'RELEASED' || state === 'BLOCKED') && steward) actions.push('obsolete');
  if (state === 'RELEASED' && steward && (domain === 'items' || domain === 'boms')) actions.push('revision');
  return actions;
}

export interface TaskLike {
  group: string;
  escalatedTo?: string | null;
  assignee?: string | null;
}

export type Decision = { allowed: true } | { allowed: false; why: string };

/**
 * Four eyes: whoever authored the change may not decide it, whatever roles they hold. Deciding also needs the
 * task's group (or its escalation group once overdue), and a task someone else claimed is theirs.
 */
export function mayDecide(me: Me, task: TaskLike, changeAuthor: string | undefined): Decision {
  if (changeAuthor !== undefined && changeAuthor === me.username) {
    return { allowed: false, why: 'Your own change: another approver must decide it (four eyes).' };
  }
  if (!has(me, task.group) && !(task.escalatedTo && has(me, task.escalatedTo))) {
    return { allowed: false, why: `Needs the role ${task.group}.` };
  }
  if (task.assignee && task.assignee !== me.username) {
    return { allowed: false, why: `Claimed by ${task.assignee}.` };
  }
  return { allowed: true };
}
