/**
 * Resident <-> FHIR R4 Patient. Identifiers follow the slices of the Vietnamese MoH draft
 * `vn-core-patient` (CCCD, CMND, passport, BHYT); names keep Vietnamese order (family first);
 * what Patient has no element for (beneficiary category, admission, exit, consent…) travels in
 * ansinh extensions. Sensitive data (Luật 91/2025/QH15) is left out unless the caller asks.
 */
import { RESIDENT_SENSITIVE_FIELDS, type PartialResident, type Resident } from '../contract/resident.js';
import { SENSITIVE_CATEGORIES } from '../contract/disclosure.js';
import { parseResident, parsePartialResident } from '../contract/parse-resident.js';
import { type AdminUnit } from '../contract/shared.js';
import {
  HL7,
  bool,
  compact,
  complexExt,
  extUrl,
  extValue,
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
import type { Address, Extension, Identifier, Patient } from './types.js';

export type ResidentSensitiveField = (typeof RESIDENT_SENSITIVE_FIELDS)[number];

export interface PatientExportOptions extends FhirOptions {
  /**
   * Sensitive fields to export: `true` for all of them (`sensitive`, `citizenId`,
   * `otherIdentifiers`, `healthInsuranceNumber`, `disability`), or a list. Default: none.
   */
  includeSensitive?: boolean | readonly ResidentSensitiveField[];
}

export interface PatientImportOptions extends FhirOptions {
  /** Values for required resident fields a foreign Patient does not carry (admission, category). */
  defaults?: Partial<Resident>;
  /**
   * Accept a Patient that lacks the two centre facts (a hospital's own Patient: no beneficiary
   * category, no admission) as a `PartialResident`, with warnings naming what is missing, instead
   * of refusing it. Everything it does carry must still follow the contract.
   */
  partial?: boolean;
}

/** Date the two-tier administrative units took effect: old addresses end the day before. */
const REFORM_EVE = '2025-06-30';

function ext(base: string) {
  return {
    category: extUrl(base, 'beneficiary-category'),
    disability: extUrl(base, 'disability'),
    admission: extUrl(base, 'admission'),
    exit: extUrl(base, 'exit'),
    room: extUrl(base, 'room'),
    consent: extUrl(base, 'consent'),
    sensitive: extUrl(base, 'sensitive-data'),
    publishable: extUrl(base, 'publishable'),
    step: extUrl(base, 'care-plan-step'),
    province: extUrl(base, 'address-province'),
    commune: extUrl(base, 'address-commune'),
  };
}

function idType(code: string, text: string) {
  return { coding: [{ system: HL7.v2IdType, code }], text };
}

/** Splits "Nguyễn Văn An" into family "Nguyễn" and given ["Văn", "An"]. */
export function splitVietnameseName(fullName: string): { family: string; given: string[] } {
  const parts = fullName.trim().split(/\s+/);
  const family = parts.shift() ?? fullName;
  return { family, given: parts };
}

export function residentToPatient(resident: Resident, options: PatientExportOptions = {}): Patient {
  const sys = systemsFor(options);
  const url = ext(sys.base);
  const allow = (f: ResidentSensitiveField): boolean =>
    options.includeSensitive === true ||
    (Array.isArray(options.includeSensitive) && options.includeSensitive.includes(f));

  const identifier: Identifier[] = [
    { use: 'usual', type: idType('PI', 'Mã đối tượng'), system: sys.resident, value: resident.id },
  ];
  if (resident.citizenId && allow('citizenId')) {
    identifier.push({ use: 'official', type: idType('NI', 'Căn cước công dân'), system: sys.citizenId, value: resident.citizenId });
  }
  if (resident.otherIdentifiers && allow('otherIdentifiers')) {
    for (const o of resident.otherIdentifiers) {
      const system = o.kind === 'cmnd' ? sys.cmnd : o.kind === 'passport' ? sys.passport : sys.otherId;
      const type =
        o.kind === 'cmnd' ? idType('NI', 'Chứng minh nhân dân') : o.kind === 'passport' ? idType('PPN', 'Hộ chiếu') : undefined;
      identifier.push(
        compact({
          use: o.kind === 'cmnd' ? 'old' : 'secondary',
          type,
          system,
          value: o.value,
          assigner: o.issuer ? { display: o.issuer } : undefined,
        }),
      );
    }
  }
  if (resident.healthInsuranceNumber && allow('healthInsuranceNumber')) {
    identifier.push({ type: idType('NH', 'Thẻ bảo hiểm y tế'), system: sys.healthInsurance, value: resident.healthInsuranceNumber });
  }

  const extension: Extension[] = [
    complexExt(url.category, [
      ['code', 'Code', resident.beneficiaryCategory.code],
      ['legalBasis', 'String', resident.beneficiaryCategory.legalBasis],
      ['olderPersonGroup', 'Code', resident.beneficiaryCategory.olderPersonGroup],
      ['childrenInCare', 'Integer', resident.beneficiaryCategory.childrenInCare],
    ]),
    complexExt(url.admission, [
      ['decisionNumber', 'String', resident.admission.decisionNumber],
      ['date', 'Date', resident.admission.date],
      ['type', 'Code', resident.admission.type],
    ]),
  ];
  if (resident.exit) {
    extension.push(
      complexExt(url.exit, [
        ['date', 'Date', resident.exit.date],
        ['reason', 'Code', resident.exit.reason],
        ['decisionNumber', 'String', resident.exit.decisionNumber],
        ['note', 'String', resident.exit.note || undefined],
      ]),
    );
  }
  if (resident.disability && allow('disability')) {
    const d = resident.disability;
    extension.push(
      complexExt(url.disability, [
        ['level', 'Code', d.level],
        ['type', 'Code', d.type],
        ['certificateDate', 'Date', d.certificateDate],
        ['issuer', 'String', d.issuer],
      ]),
    );
  }
  if (resident.room) extension.push(valueExt(url.room, 'String', resident.room));
  if (resident.consent) {
    const c = resident.consent;
    extension.push(
      complexExt(url.consent, [
        ['photo', 'Boolean', c.photo],
        ['publishName', 'Boolean', c.publishName],
        ['shareHealthData', 'Boolean', c.shareHealthData],
        ['recordedAt', 'DateTime', c.recordedAt],
        ['withdrawnAt', 'DateTime', c.withdrawnAt],
        ['givenBy', 'String', c.givenBy],
      ]),
    );
  }
  if (resident.sensitive && allow('sensitive')) {
    const s = resident.sensitive;
    const sub: Extension[] = [];
    const add = (name: string, v: string | undefined) => {
      if (v !== undefined && v !== '') sub.push(valueExt(name, 'String', v));
    };
    add('healthSummary', s.health?.summary);
    s.health?.conditions?.forEach((c) => add('condition', c));
    s.health?.medications?.forEach((m) => add('medication', m));
    if (s.hivStatus) sub.push(valueExt('hivStatus', 'Code', s.hivStatus));
    add('abuseHistory', s.abuseHistory);
    add('drugHistory', s.drugHistory);
    add('disabilityDetails', s.disabilityDetails);
    if (sub.length) extension.push({ url: url.sensitive, extension: sub });
  }
  resident.publishable?.forEach((p) => extension.push(valueExt(url.publishable, 'String', p)));
  if (resident.currentCarePlanStep) extension.push(valueExt(url.step, 'Code', resident.currentCarePlanStep));

  const { family, given } = splitVietnameseName(resident.fullName);
  const address: Address[] = [];
  if (resident.address) {
    const a = resident.address;
    const current = compact<Address>({
      extension: [
        { url: url.province, valueCoding: { system: sys.province, code: a.provinceCode, display: a.provinceName } },
        ...(a.communeCode
          ? [{ url: url.commune, valueCoding: compact({ system: sys.commune, code: a.communeCode, display: a.communeName }) }]
          : []),
      ],
      use: 'home',
      text: [a.addressLine, a.communeName, a.provinceName].filter(Boolean).join(', '),
      line: a.addressLine ? [a.addressLine] : undefined,
      city: a.communeName,
      state: a.provinceName,
      country: 'VN',
    });
    address.push(current);
    if (a.legacyAddress) address.push({ use: 'old', text: a.legacyAddress, period: { end: REFORM_EVE } });
  }

  // A category that names HIV, abuse or drug rehabilitation is itself sensitive: the record is
  // labelled restricted whenever it carries one (the category is required, so it always does).
  const sensitiveIncluded =
    (resident.sensitive && allow('sensitive')) ||
    (resident.disability && allow('disability')) ||
    SENSITIVE_CATEGORIES.has(resident.beneficiaryCategory.code);
  const patient: Patient = compact<Patient>({
    resourceType: 'Patient',
    id: isFhirId(resident.id) ? resident.id : fhirId(resident.id),
    meta: sensitiveIncluded ? { security: [{ system: HL7.confidentiality, code: 'R', display: 'restricted' }] } : undefined,
    extension,
    identifier,
    active: resident.exit ? false : true,
    name: [compact({ use: 'official', text: resident.fullName, family, given: given.length ? given : undefined })],
    gender: resident.sex,
    birthDate: resident.birthDate,
    deceasedDateTime: resident.exit?.reason === 'death' ? resident.exit.date : undefined,
    address: address.length ? address : undefined,
    photo: resident.photoUrl ? [{ url: resident.photoUrl }] : undefined,
    contact: resident.guardian
      ? [
          compact({
            relationship: [
              { coding: [{ system: HL7.roleCode, code: 'GUARD', display: 'guardian' }], text: resident.guardian.relationship },
            ],
            name: { text: resident.guardian.name },
            telecom: resident.guardian.phone ? [{ system: 'phone', value: resident.guardian.phone }] : undefined,
          }),
        ]
      : undefined,
  });
  return patient;
}

const KNOWN_PATIENT = new Set([
  'resourceType', 'id', 'meta', 'text', 'extension', 'identifier', 'active', 'name', 'gender', 'birthDate',
  'deceasedDateTime', 'deceasedBoolean', 'address', 'photo', 'contact',
]);

/**
 * Patient -> Resident. Fields a Patient cannot hold come from `options.defaults`; anything the
 * contract has no place for is reported in `issues`, never dropped silently. `value` is undefined
 * when the result still fails the contract (the contract's issues are then in `issues`).
 */
export function patientToResident(patient: Patient, options?: PatientImportOptions & { partial?: false }): FhirImport<Resident>;
export function patientToResident(patient: Patient, options: PatientImportOptions & { partial: true }): FhirImport<Resident | PartialResident>;
export function patientToResident(patient: Patient, options: PatientImportOptions = {}): FhirImport<Resident | PartialResident> {
  const issues: FhirImport<Resident>['issues'] = [];
  if (!patient || typeof patient !== 'object' || patient.resourceType !== 'Patient') {
    return {
      value: undefined,
      issues: [mapIssue(['resourceType'], 'fhir_wrong_resource', 'Cần tài nguyên FHIR Patient.', 'Expected a FHIR Patient resource.', 'error')],
    };
  }
  const sys = systemsFor(options);
  const url = ext(sys.base);
  const out: Record<string, unknown> = { ...options.defaults };
  issues.push(...unmappedElements(patient, KNOWN_PATIENT, [], 'Patient'));

  // Identifiers
  const others: NonNullable<Resident['otherIdentifiers']> = [];
  (patient.identifier ?? []).forEach((idf, i) => {
    const value = str(idf.value);
    if (!value) return;
    switch (idf.system) {
      case sys.resident: out.id = value; break;
      case sys.citizenId: out.citizenId = value; break;
      case sys.healthInsurance: out.healthInsuranceNumber = value; break;
      case sys.cmnd: others.push(compact({ kind: 'cmnd' as const, value, issuer: str(idf.assigner?.display) })); break;
      case sys.passport: others.push(compact({ kind: 'passport' as const, value, issuer: str(idf.assigner?.display) })); break;
      case sys.otherId: others.push(compact({ kind: 'other' as const, value, issuer: str(idf.assigner?.display) })); break;
      default: {
        const code = idf.type?.coding?.[0]?.code;
        if (code === 'PPN') others.push(compact({ kind: 'passport' as const, value, issuer: str(idf.assigner?.display) }));
        else {
          others.push(compact({ kind: 'other' as const, value, issuer: str(idf.assigner?.display) ?? str(idf.system) }));
          issues.push(
            mapIssue(['identifier', i], 'fhir_identifier_unknown_system', `Mã định danh hệ "${idf.system ?? '?'}" không rõ loại nên được nhập là "giấy tờ khác".`, `Identifier system "${idf.system ?? '?'}" is not known; imported as "other".`),
          );
        }
      }
    }
  });
  if (others.length) out.otherIdentifiers = others;
  if (out.id === undefined && patient.id) out.id = patient.id;

  // Name: text first (it keeps the order the person uses), else family + given.
  const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
  const fullName = str(name?.text) ?? [name?.family, ...(name?.given ?? [])].filter(Boolean).join(' ');
  if (fullName) out.fullName = fullName;
  if ((patient.name?.length ?? 0) > 1) {
    issues.push(mapIssue(['name'], 'fhir_extra_names', 'Chỉ nhập một tên; các tên khác bị bỏ qua.', 'Only one name is imported; the others are left out.'));
  }
  if (patient.gender) out.sex = patient.gender;
  if (patient.birthDate) out.birthDate = patient.birthDate;
  if (str(patient.photo?.[0]?.url)) out.photoUrl = patient.photo?.[0]?.url;

  // Address: current (home) + legacy (use old)
  const addresses = patient.address ?? [];
  const home = addresses.find((a) => a.use !== 'old');
  const old = addresses.find((a) => a.use === 'old');
  if (home) {
    const prov = home.extension?.find((e) => e.url === url.province)?.valueCoding;
    const comm = home.extension?.find((e) => e.url === url.commune)?.valueCoding;
    const admin: Partial<AdminUnit> = compact({
      provinceCode: prov?.code,
      provinceName: prov?.display ?? home.state,
      communeCode: comm?.code,
      communeName: comm?.display ?? home.city,
      addressLine: home.line?.join(', ') || undefined,
      legacyAddress: old?.text,
    });
    if (admin.provinceCode) out.address = admin;
    else {
      out.address = undefined;
      issues.push(
        mapIssue(['address', addresses.indexOf(home)], 'fhir_address_no_code', 'Địa chỉ không có mã tỉnh theo danh mục 2025 nên không nhập được; hãy bổ sung mã.', 'The address has no 2025 province code, so it was not imported; add the code.'),
      );
    }
  }
  if (addresses.length > (home ? 1 : 0) + (old ? 1 : 0)) {
    issues.push(mapIssue(['address'], 'fhir_extra_addresses', 'Chỉ nhập một địa chỉ hiện tại và một địa chỉ cũ.', 'Only one current and one old address are imported.'));
  }

  // Guardian
  const contact = patient.contact?.[0];
  if (contact) {
    const gName = str(contact.name?.text) ?? [contact.name?.family, ...(contact.name?.given ?? [])].filter(Boolean).join(' ');
    const rel = contact.relationship?.[0];
    const relationship = str(rel?.text) ?? str(rel?.coding?.[0]?.display) ?? str(rel?.coding?.[0]?.code);
    if (gName && relationship) {
      out.guardian = compact({ name: gName, relationship, phone: contact.telecom?.find((t) => t.system === 'phone')?.value });
    } else {
      issues.push(mapIssue(['contact', 0], 'fhir_contact_incomplete', 'Người liên hệ thiếu tên hoặc quan hệ nên không nhập làm người giám hộ.', 'The contact lacks a name or relationship, so it was not imported as guardian.'));
    }
    if ((patient.contact?.length ?? 0) > 1) {
      issues.push(mapIssue(['contact'], 'fhir_extra_contacts', 'Chỉ nhập người liên hệ đầu tiên làm người giám hộ.', 'Only the first contact is imported, as guardian.'));
    }
  }

  // Extensions
  const publishable: string[] = [];
  (patient.extension ?? []).forEach((e, i) => {
    const parts = readComplex(e);
    const one = (k: string) => parts.get(k)?.[0];
    switch (e.url) {
      case url.category:
        out.beneficiaryCategory = compact({ code: one('code'), legalBasis: str(one('legalBasis')), olderPersonGroup: one('olderPersonGroup'), childrenInCare: one('childrenInCare') });
        break;
      case url.admission:
        out.admission = { decisionNumber: one('decisionNumber'), date: one('date'), type: one('type') };
        break;
      case url.exit:
        out.exit = compact({ date: one('date'), reason: one('reason'), decisionNumber: str(one('decisionNumber')), note: str(one('note')) });
        break;
      case url.disability:
        out.disability = compact({ level: one('level'), type: one('type'), certificateDate: str(one('certificateDate')), issuer: str(one('issuer')) });
        break;
      case url.room:
        out.room = extValue(e);
        break;
      case url.consent:
        out.consent = compact({
          photo: bool(one('photo')),
          publishName: bool(one('publishName')),
          shareHealthData: bool(one('shareHealthData')),
          recordedAt: str(one('recordedAt')),
          withdrawnAt: str(one('withdrawnAt')),
          givenBy: str(one('givenBy')),
        });
        break;
      case url.sensitive: {
        const strs = (k: string) => (parts.get(k) ?? []).filter((v): v is string => typeof v === 'string');
        const health = compact({
          summary: str(one('healthSummary')),
          conditions: strs('condition').length ? strs('condition') : undefined,
          medications: strs('medication').length ? strs('medication') : undefined,
        });
        out.sensitive = compact({
          health: Object.keys(health).length ? health : undefined,
          hivStatus: str(one('hivStatus')),
          abuseHistory: str(one('abuseHistory')),
          drugHistory: str(one('drugHistory')),
          disabilityDetails: str(one('disabilityDetails')),
        });
        break;
      }
      case url.publishable:
        if (typeof extValue(e) === 'string') publishable.push(extValue(e) as string);
        break;
      case url.step:
        out.currentCarePlanStep = extValue(e);
        break;
      default:
        issues.push(
          mapIssue(['extension', i], 'fhir_unmapped_extension', `Phần mở rộng "${e.url}" không được ansinh hiểu nên không được nhập.`, `Extension "${e.url}" is not understood by ansinh and was not imported.`),
        );
    }
  });
  if (publishable.length) out.publishable = publishable;
  if (patient.deceasedDateTime && !out.exit) {
    const date = patient.deceasedDateTime.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) out.exit = { date, reason: 'death' };
  }

  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  const parsed = parseResident(out);
  if (parsed.ok) return { value: parsed.value, issues: [...issues, ...parsed.warnings] };
  if (options.partial && [out.beneficiaryCategory, out.admission, out.birthDate, out.sex].includes(undefined)) {
    const partial = parsePartialResident(out);
    if (partial.ok) return { value: partial.value, issues: [...issues, ...partial.warnings] };
  }
  return { value: undefined, issues: [...issues, ...parsed.issues] };
}
