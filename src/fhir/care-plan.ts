/**
 * CarePlan (contract) <-> FHIR R4 CarePlan + Goal[]. The five Vietnamese steps collapse onto
 * CarePlan.status (intake/planning = draft, implementing/monitoring = active, closed =
 * completed); the exact step travels in an extension so a round trip keeps it. Things FHIR
 * CarePlan has no element for (needs assessment, step history, sign-offs, reviews, the case file
 * and its step records of Thông tư 02/2020) travel in extensions too, the case file number as an
 * identifier (see docs/contract/fhir.md).
 */
import { parseCarePlan } from '../contract/parse-care-plan.js';
import { type Activity, type CarePlan, type Goal as ContractGoal } from '../contract/care-plan.js';
import { type CarePlanStep } from '../contract/resident.js';
import {
  HL7,
  compact,
  complexExt,
  extUrl,
  fhirId,
  isFhirId,
  mapIssue,
  readComplex,
  str,
  systemsFor,
  unmappedElements,
  valueExt,
  type FhirImport,
  type FhirOptions,
} from './shared.js';
import { DOMAIN_NAMES } from '../contract/care-plan-labels.js';
import type {
  CarePlan as FhirCarePlan,
  CarePlanActivity,
  CareTeam,
  Extension,
  Goal as FhirGoal,
} from './types.js';

const STEP_STATUS: Record<CarePlanStep, string> = {
  intake: 'draft',
  planning: 'draft',
  implementing: 'active',
  monitoring: 'active',
  closed: 'completed',
};

/** FHIR CarePlan.status -> step, when the step extension is absent (a plan written elsewhere). */
const STATUS_STEP: Record<string, CarePlanStep> = {
  draft: 'planning',
  active: 'implementing',
  'on-hold': 'monitoring',
  completed: 'closed',
  revoked: 'closed',
};

/** Vietnamese names of the domains, used as CarePlan.activity.detail.code.text. */
const DOMAIN_VI: Record<string, string> = DOMAIN_NAMES.vi;

function urls(base: string) {
  return {
    step: extUrl(base, 'care-plan-step'),
    needs: extUrl(base, 'needs-assessment'),
    transition: extUrl(base, 'step-transition'),
    signOff: extUrl(base, 'sign-off'),
    review: extUrl(base, 'review'),
    caseFile: extUrl(base, 'case-file'),
    stepRecord: extUrl(base, 'step-record'),
    outcome: `${base}/CodeSystem/activity-outcome`,
  };
}

const goalResourceId = (planId: string, goalId: string) => fhirId(`${planId}-${goalId}`);

/** Instants need seconds; the contract allows `…T08:30+07:00`. */
function instant(dt: string | undefined): string | undefined {
  if (!dt) return undefined;
  return /T\d{2}:\d{2}(?=[Z+-])/.test(dt) ? dt.replace(/(T\d{2}:\d{2})/, '$1:00') : dt;
}

export function carePlanToFhir(plan: CarePlan, options: FhirOptions = {}): { carePlan: FhirCarePlan; goals: FhirGoal[] } {
  const sys = systemsFor(options);
  const u = urls(sys.base);
  const subject = { reference: `Patient/${fhirId(plan.residentId)}` };

  const goals: FhirGoal[] = plan.goals.map((g) =>
    compact<FhirGoal>({
      resourceType: 'Goal',
      id: goalResourceId(plan.id, g.id),
      identifier: [{ system: sys.goal, value: g.id }],
      lifecycleStatus: g.status,
      achievementStatus: g.achievement ? { coding: [{ system: HL7.goalAchievement, code: g.achievement }] } : undefined,
      category: [{ coding: [{ system: sys.careDomain, code: g.domain, display: DOMAIN_VI[g.domain] }] }],
      description: { text: g.description },
      subject,
      target:
        g.measure !== undefined || g.target !== undefined || g.dueDate !== undefined
          ? [
              compact({
                // gol-1: a target with a detail needs a measure; say it is unknown rather than invent one.
                measure: g.measure !== undefined ? { text: g.measure } : g.target !== undefined ? { extension: [{ url: HL7.dataAbsentReason, valueCode: 'unknown' }] } : undefined,
                detailString: g.target,
                dueDate: g.dueDate,
              }),
            ]
          : undefined,
    }),
  );

  const team: CareTeam | undefined = plan.careTeam.length
    ? {
        resourceType: 'CareTeam',
        id: 'care-team',
        status: 'active',
        participant: plan.careTeam.map((m) => ({
          role: [{ coding: [{ system: sys.careTeamRole, code: m.role }] }],
          member: { display: m.name, identifier: { system: sys.staff, value: m.id } },
        })),
      }
    : undefined;

  const activity: CarePlanActivity[] = plan.activities.map((a) => {
    const period = a.start || a.end ? compact({ start: a.start, end: a.end }) : undefined;
    const detail = compact<NonNullable<CarePlanActivity['detail']>>({
      kind: a.domain === 'nutrition' ? 'NutritionOrder' : 'ServiceRequest',
      code: { coding: [{ system: sys.careDomain, code: a.domain, display: DOMAIN_VI[a.domain] }], text: DOMAIN_VI[a.domain] },
      goal: a.goalIds?.map((g) => ({ reference: `Goal/${goalResourceId(plan.id, g)}` })),
      status: a.status,
      scheduledString: a.schedule !== undefined && !period ? a.schedule : undefined,
      scheduledPeriod: a.schedule === undefined ? period : undefined,
      scheduledTiming: a.schedule !== undefined && period ? { code: { text: a.schedule }, repeat: { boundsPeriod: period } } : undefined,
      performer: a.responsibleStaff ? [{ display: a.responsibleStaff }] : undefined,
      description: a.what,
    });
    return compact<CarePlanActivity>({
      id: a.id,
      outcomeCodeableConcept: a.outcome ? [{ coding: [{ system: u.outcome, code: a.outcome }] }] : undefined,
      progress: a.progressNotes.length ? a.progressNotes.map((n) => ({ time: n.at, authorString: n.author, text: n.text })) : undefined,
      detail,
    });
  });

  const extension: Extension[] = [valueExt(u.step, 'Code', plan.status)];
  for (const n of plan.needsAssessment) {
    extension.push(
      complexExt(u.needs, [
        ['domain', 'Code', n.domain],
        ['summary', 'String', n.summary || undefined],
        ['priority', 'Code', n.priority],
        ['assessedAt', 'Date', n.assessedAt],
        ['assessedBy', 'String', n.assessedBy],
      ]),
    );
  }
  for (const t of plan.transitions) {
    extension.push(
      complexExt(u.transition, [
        ['from', 'Code', t.from],
        ['to', 'Code', t.to],
        ['by', 'String', t.by],
        ['at', 'DateTime', t.at],
        ['note', 'String', t.note || undefined],
      ]),
    );
  }
  for (const s of plan.signOffs) {
    extension.push(
      complexExt(u.signOff, [
        ['role', 'Code', s.role],
        ['name', 'String', s.name],
        ['at', 'DateTime', s.at],
        ['memberId', 'String', s.memberId],
      ]),
    );
  }
  for (const r of plan.reviews) {
    extension.push(
      complexExt(u.review, [
        ['dueDate', 'Date', r.dueDate],
        ['doneAt', 'Date', r.doneAt],
        ['notes', 'String', r.notes || undefined],
        ['by', 'String', r.by],
      ]),
    );
  }

  const file = plan.caseFile;
  if (file) {
    const c = file.closure;
    const ext = complexExt(u.caseFile, [
      ['caseManager', 'String', file.caseManager],
      ['openedOn', 'Date', file.openedOn],
      ['reviewEvery', 'Code', file.reviewEvery],
      ['closureReason', 'Code', c?.reason],
      ['closureDate', 'Date', c?.date],
      ['closureDetail', 'String', c?.detail || undefined],
      ['closureMeetingOn', 'Date', c?.meetingOn],
      ['closureRecordReference', 'String', c?.recordReference],
      ['followUpUntil', 'Date', c?.followUpUntil],
    ]);
    // A file with only its number is the identifier alone: an extension needs content (ext-1).
    if (ext.extension?.length) extension.push(ext);
  }
  for (const r of plan.stepRecords ?? []) {
    extension.push(
      complexExt(u.stepRecord, [
        ['id', 'String', r.id],
        ['form', 'Code', r.form],
        ['date', 'Date', r.date],
        ['by', 'String', r.by],
        ['reference', 'String', r.reference],
        ['summary', 'String', r.summary || undefined],
      ]),
    );
  }

  const carePlan = compact<FhirCarePlan>({
    resourceType: 'CarePlan',
    id: isFhirId(plan.id) ? plan.id : fhirId(plan.id),
    meta: plan.updatedAt ? { lastUpdated: instant(plan.updatedAt) } : undefined,
    contained: team ? [team] : undefined,
    extension,
    identifier: [
      { system: sys.carePlan, value: plan.id },
      { system: sys.resident, value: plan.residentId },
      ...(file ? [{ system: sys.caseFile, value: file.caseNumber }] : []),
    ],
    status: STEP_STATUS[plan.status],
    intent: 'plan',
    title: plan.title,
    subject,
    period: plan.period ? compact({ start: plan.period.start, end: plan.period.end }) : undefined,
    careTeam: team ? [{ reference: '#care-team' }] : undefined,
    goal: goals.length ? goals.map((g) => ({ reference: `Goal/${g.id}` })) : undefined,
    activity: activity.length ? activity : undefined,
    note: plan.notes ? [{ text: plan.notes }] : undefined,
  });
  return { carePlan, goals };
}

const KNOWN_CAREPLAN = new Set([
  'resourceType', 'id', 'meta', 'text', 'extension', 'identifier', 'status', 'intent', 'title', 'subject',
  'period', 'contained', 'careTeam', 'goal', 'activity', 'note',
]);

export function fhirToCarePlan(carePlan: FhirCarePlan, goals: readonly FhirGoal[] = [], options: FhirOptions = {}): FhirImport<CarePlan> {
  if (!carePlan || typeof carePlan !== 'object' || carePlan.resourceType !== 'CarePlan') {
    return {
      value: undefined,
      issues: [mapIssue(['resourceType'], 'fhir_wrong_resource', 'Cần tài nguyên FHIR CarePlan.', 'Expected a FHIR CarePlan resource.', 'error')],
    };
  }
  const sys = systemsFor(options);
  const u = urls(sys.base);
  const issues = unmappedElements(carePlan, KNOWN_CAREPLAN, [], 'CarePlan');
  const out: Record<string, unknown> = {};

  out.id = carePlan.identifier?.find((i) => i.system === sys.carePlan)?.value ?? carePlan.id;
  const subjectRef = carePlan.subject?.reference;
  out.residentId =
    carePlan.identifier?.find((i) => i.system === sys.resident)?.value ??
    (subjectRef?.startsWith('Patient/') ? subjectRef.slice('Patient/'.length) : undefined);
  if (carePlan.intent && carePlan.intent !== 'plan') {
    issues.push(mapIssue(['intent'], 'fhir_intent', `Mục đích "${carePlan.intent}" được nhập như một kế hoạch ("plan").`, `Intent "${carePlan.intent}" was imported as a plan.`));
  }

  // Step: the extension when present, else from the FHIR status.
  const stepExt = carePlan.extension?.find((e) => e.url === u.step)?.valueCode;
  if (stepExt) out.status = stepExt;
  else {
    out.status = STATUS_STEP[carePlan.status ?? ''] ?? 'intake';
    if (!STATUS_STEP[carePlan.status ?? '']) {
      issues.push(mapIssue(['status'], 'fhir_status', `Trạng thái "${carePlan.status ?? ''}" không tương ứng bước nào; dùng bước tiếp nhận.`, `Status "${carePlan.status ?? ''}" matches no step; using intake.`));
    }
  }
  if (carePlan.title) out.title = carePlan.title;
  if (carePlan.period?.start) out.period = compact({ start: carePlan.period.start.slice(0, 10), end: carePlan.period.end?.slice(0, 10) });
  if (carePlan.meta?.lastUpdated) out.updatedAt = carePlan.meta.lastUpdated;
  if (carePlan.note?.length) {
    out.notes = carePlan.note.map((n) => n.text).join('\n\n');
  }

  // Care team: contained, referenced with '#'.
  const teamRef = carePlan.careTeam?.[0]?.reference;
  const team = carePlan.contained?.find((r): r is CareTeam => r.resourceType === 'CareTeam' && `#${r.id}` === teamRef);
  if (carePlan.careTeam?.length && !team) {
    issues.push(mapIssue(['careTeam'], 'fhir_external_care_team', 'Nhóm chăm sóc nằm ở tài nguyên ngoài, không nhập được; chỉ nhóm chứa trong kế hoạch (contained) được nhập.', 'The care team is an external resource and was not imported; only a contained CareTeam is.'));
  }
  out.careTeam = (team?.participant ?? []).map((p, i) => ({
    id: p.member?.identifier?.value ?? `member-${i + 1}`,
    name: p.member?.display ?? p.member?.reference ?? '?',
    role: p.role?.[0]?.coding?.find((c) => c.system === sys.careTeamRole)?.code ?? 'other',
  }));

  // Goals: resources matched by the references in CarePlan.goal.
  const goalIdByRef = new Map<string, string>();
  const planGoals: ContractGoal[] = [];
  (carePlan.goal ?? []).forEach((ref, i) => {
    const rid = ref.reference?.replace(/^Goal\//, '');
    const g = goals.find((x) => x.id === rid);
    if (!g) {
      issues.push(mapIssue(['goal', i], 'fhir_goal_missing', `Không có tài nguyên Goal "${ref.reference ?? ''}" đi kèm nên mục tiêu không được nhập.`, `Goal "${ref.reference ?? ''}" was not supplied, so it was not imported.`));
      return;
    }
    const id = g.identifier?.find((x) => x.system === sys.goal)?.value ?? g.id ?? `goal-${i + 1}`;
    goalIdByRef.set(ref.reference ?? '', id);
    const target = g.target?.[0];
    planGoals.push(
      compact({
        id,
        domain: (g.category?.flatMap((c) => c.coding ?? []).find((c) => c.system === sys.careDomain)?.code ?? 'other') as ContractGoal['domain'],
        description: g.description?.text ?? g.description?.coding?.[0]?.display ?? '?',
        measure: str(target?.measure?.text),
        target: str(target?.detailString),
        dueDate: target?.dueDate,
        status: (g.lifecycleStatus ?? 'proposed') as ContractGoal['status'],
        achievement: g.achievementStatus?.coding?.[0]?.code as ContractGoal['achievement'],
      }),
    );
    if ((g.target?.length ?? 0) > 1) {
      issues.push(mapIssue(['goal', i], 'fhir_goal_targets', 'Chỉ nhập chỉ tiêu đầu tiên của mục tiêu.', 'Only the first target of the goal is imported.'));
    }
  });
  out.goals = planGoals;

  out.activities = (carePlan.activity ?? []).map((a, i): Activity => {
    const d = a.detail ?? {};
    if (!a.detail) {
      issues.push(mapIssue(['activity', i], 'fhir_activity_reference', 'Hoạt động chỉ có tham chiếu (reference), không có chi tiết; nhập với nội dung "?".', 'The activity is a reference without detail; imported with "?" as its content.'));
    }
    const timing = d.scheduledTiming;
    const period = d.scheduledPeriod ?? timing?.repeat?.boundsPeriod;
    const domain = d.code?.coding?.find((c) => c.system === sys.careDomain)?.code ?? 'other';
    return compact({
      id: a.id ?? `activity-${i + 1}`,
      domain: domain as Activity['domain'],
      what: d.description ?? d.code?.text ?? '?',
      goalIds: d.goal?.length ? d.goal.map((g) => goalIdByRef.get(g.reference ?? '') ?? g.reference ?? '?') : undefined,
      schedule: d.scheduledString ?? timing?.code?.text,
      responsibleStaff: d.performer?.[0]?.display,
      start: period?.start?.slice(0, 10),
      end: period?.end?.slice(0, 10),
      status: (d.status ?? 'unknown') as Activity['status'],
      outcome: a.outcomeCodeableConcept?.[0]?.coding?.find((c) => c.system === u.outcome)?.code as Activity['outcome'],
      progressNotes: (a.progress ?? []).map((n) => ({ at: n.time ?? '', author: n.authorString ?? '?', text: n.text })),
    });
  });

  const needs: unknown[] = [];
  const transitions: unknown[] = [];
  const signOffs: unknown[] = [];
  const reviews: unknown[] = [];
  const stepRecords: unknown[] = [];
  const caseNumber = carePlan.identifier?.find((i) => i.system === sys.caseFile)?.value;
  let caseFile: Record<string, unknown> | undefined = caseNumber ? { caseNumber } : undefined;
  (carePlan.extension ?? []).forEach((e, i) => {
    const p = readComplex(e);
    const one = (k: string) => p.get(k)?.[0];
    switch (e.url) {
      case u.step:
        break;
      case u.needs:
        needs.push(compact({ domain: one('domain'), summary: one('summary') ?? '', priority: one('priority'), assessedAt: one('assessedAt'), assessedBy: one('assessedBy') }));
        break;
      case u.transition:
        transitions.push(compact({ from: one('from'), to: one('to'), by: one('by'), at: one('at'), note: one('note') }));
        break;
      case u.signOff:
        signOffs.push(compact({ role: one('role'), name: one('name'), at: one('at'), memberId: one('memberId') }));
        break;
      case u.review:
        reviews.push(compact({ dueDate: one('dueDate'), doneAt: one('doneAt'), notes: one('notes'), by: one('by') }));
        break;
      case u.caseFile: {
        const closure = compact({
          reason: one('closureReason'),
          date: one('closureDate'),
          detail: one('closureDetail'),
          meetingOn: one('closureMeetingOn'),
          recordReference: one('closureRecordReference'),
          followUpUntil: one('followUpUntil'),
        });
        caseFile = compact({
          ...caseFile,
          caseManager: one('caseManager'),
          openedOn: one('openedOn'),
          reviewEvery: one('reviewEvery'),
          closure: Object.keys(closure).length ? closure : undefined,
        });
        break;
      }
      case u.stepRecord:
        stepRecords.push(compact({ id: one('id'), form: one('form'), date: one('date'), by: one('by'), reference: one('reference'), summary: one('summary') }));
        break;
      default:
        issues.push(mapIssue(['extension', i], 'fhir_unmapped_extension', `Phần mở rộng "${e.url}" không được ansinh hiểu nên không được nhập.`, `Extension "${e.url}" is not understood by ansinh and was not imported.`));
    }
  });
  out.needsAssessment = needs;
  out.transitions = transitions;
  out.signOffs = signOffs;
  out.reviews = reviews;
  if (stepRecords.length) out.stepRecords = stepRecords;
  if (caseFile) {
    if (!caseFile.caseNumber) {
      issues.push(
        mapIssue(
          ['identifier'],
          'fhir_case_number_missing',
          `Có hồ sơ quản lý đối tượng (phần mở rộng case-file) nhưng không có số hồ sơ: cần identifier với system "${sys.caseFile}".`,
          `The case file (extension case-file) has no file number: an identifier with system "${sys.caseFile}" is needed.`,
          'error',
        ),
      );
      return { value: undefined, issues };
    }
    out.caseFile = caseFile;
  }

  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  const parsed = parseCarePlan(out);
  if (!parsed.ok) return { value: undefined, issues: [...issues, ...parsed.issues] };
  return { value: parsed.value, issues: [...issues, ...parsed.warnings] };
}
