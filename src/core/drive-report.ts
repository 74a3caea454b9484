// The access report: every folder, every person who can reach it and their role, against the plan for the tier (pure).

import { effectiveRoles, isLinkSharing, principalOf, type ResolvedFolders, type SeenFolder } from './drive-diff';
import { allFolders, type DrivePlan, type PlannedFolder, roleLabel, roleRank } from './drive-plan';
import type { AccessStatus } from './drive-tables';
import { plural } from './i18n/catalog';
import type { Locale } from './i18n/locale';
import { accessReportText } from './i18n/messages/access-report';

export interface AccessRow {
  team: string;
  folder: string;
  person: string;
  role: string;
  planned: string;
  status: AccessStatus;
  note: string;
  folderId: string;
}

/**
 * Rows of the access report; a person listed on a parent and a child folder is reported on both (Drive passes it down).
 * Notes are in `locale`, the language of the coordinator who runs the report: the sheet is written once and read by
 * every coordinator as written. Status, Role and Planned keep their English values (the schema).
 */
export function accessReport(plan: DrivePlan, resolved: ResolvedFolders, locale: Locale = 'en'): AccessRow[] {
  const t = accessReportText.in(locale);
  const rows: AccessRow[] = [];
  const planned = allFolders(plan);
  const byPlanKey = new Map(planned.map((f) => [f.key, f]));
  const keep = new Set([plan.owner, ...plan.coordinators]);
  for (const folder of planned) {
    const seen = resolved.byKey.get(folder.key);
    if (!seen) {
      rows.push({
        team: folder.team,
        folder: folder.path,
        person: '',
        role: '',
        planned: '',
        status: 'Folder missing',
        note: t(folder.isFile ? 'workbookMissing' : 'folderMissing'),
        folderId: '',
      });
      continue;
    }
    const chain = ancestry(folder, byPlanKey).map((f) => resolved.byKey.get(f.key));
    const actual = effectiveRoles(chain);
    const link = chain.flatMap((f) => f?.permissions.filter(isLinkSharing) ?? []);
    const people = [...new Set([...Object.keys(folder.access), ...actual.keys()])].sort(byRoleThenName(folder, actual));
    for (const person of people) {
      const linkPerm = link.find((p) => principalOf(p) === person);
      const want = folder.access[person] ?? null;
      const has = actual.get(person) ?? null;
      const row = { team: folder.team, folder: folder.path, person, role: roleLabel(has), planned: roleLabel(want), folderId: seen.id };
      if (linkPerm) {
        rows.push({ ...row, planned: 'no access', status: 'Link sharing', note: t('linkSharing') });
      } else if (want && has && (want === has || (keep.has(person) && roleRank(has) >= roleRank(want)))) {
        rows.push({ ...row, status: 'OK', note: whyPlanned(t, plan, folder, person) });
      } else if (!want) {
        rows.push({ ...row, status: 'Extra access', note: t('extraAccess') });
      } else if (!has) {
        rows.push({ ...row, status: 'Missing access', note: whyPlanned(t, plan, folder, person) });
      } else {
        rows.push({
          ...row,
          status: 'Different role',
          note: t('differentRole', { why: whyPlanned(t, plan, folder, person), role: roleWords(t, has) }),
        });
      }
    }
  }
  const plannedKeys = new Set(planned.map((f) => f.key));
  for (const seen of resolved.byKey.values()) {
    if (plannedKeys.has(seen.planKey)) continue;
    rows.push(...unplannedRows(seen, keep, 'Not in plan', t('notInPlan')));
  }
  for (const dup of resolved.duplicates) rows.push(...unplannedRows(dup, keep, 'Duplicate folder', t('duplicate')));
  return rows;
}

function unplannedRows(seen: SeenFolder, keep: ReadonlySet<string>, status: AccessStatus, note: string): AccessRow[] {
  const people = seen.permissions.filter((p) => p.role !== 'owner' && !keep.has(principalOf(p)));
  const base = { team: '', folder: seen.name, planned: 'no access', folderId: seen.id };
  if (people.length === 0) return [{ ...base, person: '', role: '', status, note }];
  return people.map((p) => ({ ...base, person: principalOf(p), role: roleLabel(p.role), status: isLinkSharing(p) ? 'Link sharing' : status, note }));
}

function ancestry(folder: PlannedFolder, byKey: ReadonlyMap<string, PlannedFolder>): PlannedFolder[] {
  const chain: PlannedFolder[] = [];
  let current: PlannedFolder | undefined = folder;
  while (current) {
    chain.unshift(current);
    current = current.parentKey ? byKey.get(current.parentKey) : undefined;
  }
  return chain;
}

function byRoleThenName(folder: PlannedFolder, actual: ReadonlyMap<string, string>) {
  return (a: string, b: string) => roleRank(folder.access[b] ?? actual.get(b)) - roleRank(folder.access[a] ?? actual.get(a)) || a.localeCompare(b);
}

type ReportText = ReturnType<typeof accessReportText.in>;

function whyPlanned(t: ReportText, plan: DrivePlan, folder: PlannedFolder, person: string): string {
  if (person === plan.owner) return t('owner');
  if (plan.coordinators.includes(person)) return t('coordinator');
  const team = plan.teams.find((x) => x.teamKey === folder.teamKey);
  const who = team?.teachers.includes(person) ? t('teacher') : team?.tutors.includes(person) ? t('tutor') : t('member');
  const how = t(folder.grants[person] ? 'sharedHere' : 'passedDown');
  return t('planned', { who, tier: plan.tier, role: roleWords(t, folder.access[person]), how });
}

/** A role as a note says it ("edit", "bewerken"); the Role column keeps `roleLabel`'s English word. */
function roleWords(t: ReportText, role: string | null | undefined): string {
  const label = roleLabel(role);
  const key = ({ owner: 'roleOwner', edit: 'roleEdit', comment: 'roleComment', view: 'roleView', 'no access': 'roleNone' } as const)[label];
  return key ? t(key) : label;
}

/** What the report opens with: how many folders and people it covers, and how many differ from the plan. */
export interface AccessSummary {
  folders: number;
  people: number;
  differences: number;
  byStatus: Partial<Record<AccessStatus, number>>;
  /** "1 difference from the plan, listed first: 1 Extra access. …", or that everything matches. */
  text: string;
}

/** Folders, people and the differences by kind, said in `locale` (English by default). */
export function accessSummary(rows: readonly AccessRow[], locale: Locale = 'en'): AccessSummary {
  const t = accessReportText.in(locale);
  const byStatus = reportSummary(rows);
  const folders = new Set(rows.map((r) => r.folderId || r.folder)).size;
  const people = new Set(rows.map((r) => r.person).filter((p) => p !== '')).size;
  const differences = rows.length - (byStatus.OK ?? 0);
  const kinds = (Object.entries(byStatus) as [AccessStatus, number][])
    .filter(([status]) => status !== 'OK')
    .map(([status, n]) => t('kind', { n, status: t(status) }))
    .join(', ');
  const text = differences === 0 ? t('noDifferences') : t(differences === 1 ? 'differencesOne' : 'differencesOther', { n: differences, kinds });
  return { folders, people, differences, byStatus, text };
}

/** The report's rows, differences first (in folder order), then what matches the plan: what needs a look comes first. */
export function differencesFirst(rows: readonly AccessRow[]): AccessRow[] {
  return [...rows.filter((r) => r.status !== 'OK'), ...rows.filter((r) => r.status === 'OK')];
}

/** The summary as the report's first row, read before any folder's: folders, people, differences. */
export function summaryRow(summary: AccessSummary, locale: Locale = 'en'): Record<keyof AccessRow, string> {
  const t = accessReportText.in(locale);
  return {
    team: t('summary'),
    folder: plural(t, summary.folders, 'foldersOne', 'foldersOther'),
    person: plural(t, summary.people, 'peopleOne', 'peopleOther'),
    role: '',
    planned: '',
    status: '',
    note: summary.text,
    folderId: '',
  };
}

/** Counts by status, for the summary line. */
export function reportSummary(rows: readonly AccessRow[]): Partial<Record<AccessStatus, number>> {
  const out: Partial<Record<AccessStatus, number>> = {};
  for (const r of rows) out[r.status] = (out[r.status] ?? 0) + 1;
  return out;
}
