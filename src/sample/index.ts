/**
 * Sample data for demos, stories, tests and benchmarks: residents, care plans, survey responses,
 * funds, a hash-chained donation ledger and statistics datasets. No DOM; deterministic from a
 * seed (mulberry32), so every run and every browser sees the same records. Results are cached
 * per seed.
 *
 * Grounded in the figures of the seed articles (shared/seeds, docs in the domain reference): a
 * provincial social-work centre with 3 departments and 41 staff; Bắc Ninh health sector with 16
 * treatment units, 70 full-time and 43 part-time social-work staff and 223 collaborators; Huế
 * social protection centre 2024 (532 residents, 42 new with mental disabilities, 818 checks, 44
 * rehab learners of whom 35 had reduced terms); Bắc Giang's vulnerable groups. People, names,
 * phone numbers, ids and commune codes are invented; commune codes are illustrative, not the
 * official list of Quyết định 19/2025/QĐ-TTg.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  canonicalJson,
  type AdminUnit,
  type BeneficiaryCategoryCode,
  type CarePlan,
  type CarePlanStep,
  type CareDomain,
  type Fund,
  type InKindLine,
  type LedgerEntry,
  type Resident,
  type StatDataset,
  type SurveyAnswer,
  type SurveyResponse,
} from '../contract/index.js';
import type { SeedData } from '../data/collections.js';
import { addDays, createRng, dayOfYear, randomDate, vnTime, type Rng } from './random.js';

export { createRng, mulberry32, type Rng } from './random.js';

export const DEFAULT_SEED = 20251122;

// ---------------------------------------------------------------------------------------------
// Names and places
// ---------------------------------------------------------------------------------------------

/** Family names with rough frequencies (Nguyễn about 38%). */
const FAMILIES: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 3.9],
  ['Võ', 2], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Xuân', 'Thanh', 'Gia', 'Anh'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Hồng', 'Bảo', 'Mai'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hùng', 'Khang', 'Long', 'Minh', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Huy', 'Khôi', 'Bảo'];
const GIVEN_FEMALE = ['Anh', 'Bích', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Liên', 'Linh', 'Mai', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thu', 'Trang', 'Vân', 'Yến'];

function vietnameseName(rng: Rng, sex: 'male' | 'female'): string {
  const family = rng.weighted(FAMILIES);
  const middle = rng.pick(sex === 'male' ? MIDDLE_MALE : MIDDLE_FEMALE);
  const given = rng.pick(sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
  // A quarter of people carry two middle names ("Nguyễn Thị Thu Hương").
  const second = rng.chance(0.25) ? ` ${rng.pick(sex === 'male' ? ['Minh', 'Quốc', 'Thành', 'Đình'] : ['Thu', 'Ngọc', 'Phương', 'Diệu'])}` : '';
  return `${family} ${middle}${second} ${given}`;
}

const initials = (name: string) =>
  name
    .split(' ')
    .map((p) => p[0]!.toUpperCase())
    .join('.') + '.';

interface Place {
  provinceCode: string;
  provinceName: string;
  /** Old (pre-2025) 3-digit code used in citizen IDs. */
  cccdCode: string;
  communes: [code: string, name: string, legacy: string][];
}

/** 2025 two-tier units (34 provinces). Province codes as reported; commune codes illustrative. */
export const SAMPLE_PLACES: readonly Place[] = [
  {
    provinceCode: '24', provinceName: 'Bắc Ninh', cccdCode: '027',
    communes: [
      ['09190', 'Phường Kinh Bắc', 'phường Suối Hoa, thành phố Bắc Ninh, tỉnh Bắc Ninh'],
      ['09250', 'Phường Võ Cường', 'phường Võ Cường, thành phố Bắc Ninh, tỉnh Bắc Ninh'],
      ['09370', 'Phường Từ Sơn', 'phường Đông Ngàn, thành phố Từ Sơn, tỉnh Bắc Ninh'],
      ['09253', 'Xã Tiên Du', 'xã Phật Tích, huyện Tiên Du, tỉnh Bắc Ninh'],
      ['09430', 'Xã Lương Tài', 'thị trấn Thứa, huyện Lương Tài, tỉnh Bắc Ninh'],
      ['07210', 'Phường Bắc Giang', 'phường Trần Phú, thành phố Bắc Giang, tỉnh Bắc Giang'],
      ['07450', 'Xã Yên Dũng', 'thị trấn Tân An, huyện Yên Dũng, tỉnh Bắc Giang'],
    ],
  },
  {
    provinceCode: '46', provinceName: 'Huế', cccdCode: '046',
    communes: [
      ['19930', 'Phường Thuận Hóa', 'phường Phú Hội, quận Thuận Hóa, thành phố Huế'],
      ['19960', 'Phường Phú Xuân', 'phường Tây Lộc, quận Phú Xuân, thành phố Huế'],
      ['20020', 'Phường Hương Thủy', 'phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế'],
      ['20110', 'Xã Phú Vang', 'thị trấn Phú Đa, huyện Phú Vang, tỉnh Thừa Thiên Huế'],
    ],
  },
  {
    provinceCode: '48', provinceName: 'Đà Nẵng', cccdCode: '048',
    communes: [
      ['20194', 'Phường Hải Châu', 'phường Hải Châu I, quận Hải Châu, thành phố Đà Nẵng'],
      ['20227', 'Phường Thanh Khê', 'phường Thanh Khê Tây, quận Thanh Khê, thành phố Đà Nẵng'],
      ['20260', 'Phường Hòa Khánh', 'phường Hòa Khánh Bắc, quận Liên Chiểu, thành phố Đà Nẵng'],
      ['20410', 'Phường Hội An', 'phường Minh An, thành phố Hội An, tỉnh Quảng Nam'],
      ['20530', 'Phường Tam Kỳ', 'phường An Mỹ, thành phố Tam Kỳ, tỉnh Quảng Nam'],
    ],
  },
];

const HAMLETS = ['Thôn Đông', 'Thôn Đoài', 'Thôn Trung', 'Thôn Nam', 'Tổ dân phố 3', 'Tổ dân phố 7', 'Xóm Chùa', 'Thôn Hạ'];

function address(rng: Rng, withLegacy: boolean): { unit: AdminUnit; place: Place } {
  const place = rng.weighted(SAMPLE_PLACES.map((p, i) => [p, i === 0 ? 5 : 2] as const));
  const [communeCode, communeName, legacy] = rng.pick(place.communes);
  const hamlet = rng.pick(HAMLETS);
  const unit: AdminUnit = { provinceCode: place.provinceCode, provinceName: place.provinceName, communeCode, communeName, addressLine: hamlet };
  if (withLegacy) unit.legacyAddress = `${hamlet}, ${legacy}`;
  return { unit, place };
}

// ---------------------------------------------------------------------------------------------
// Residents
// ---------------------------------------------------------------------------------------------

interface CategoryProfile {
  code: BeneficiaryCategoryCode;
  weight: number;
  born: [number, number];
  legalBasis?: string;
}

const CATEGORIES: CategoryProfile[] = [
  { code: 'nguoi-cao-tuoi', weight: 16, born: [1930, 1964], legalBasis: 'Khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP' },
  { code: 'tre-em-khong-nguon-nuoi-duong', weight: 12, born: [2009, 2023], legalBasis: 'Khoản 1 Điều 5 Nghị định 20/2021/NĐ-CP' },
  { code: 'nguoi-khuyet-tat', weight: 12, born: [1958, 2016], legalBasis: 'Khoản 6 Điều 5 Nghị định 20/2021/NĐ-CP' },
  { code: 'cham-soc-tai-co-so', weight: 10, born: [1955, 2000], legalBasis: 'Điều 24 Nghị định 20/2021/NĐ-CP' },
  { code: 'bao-ve-khan-cap', weight: 5, born: [1985, 2014], legalBasis: 'Điều 24 Nghị định 20/2021/NĐ-CP' },
  { code: 'tu-nguyen-tu-chi-tra', weight: 5, born: [1935, 1960] },
  { code: 'nguoi-16-22-tuoi-dang-hoc', weight: 4, born: [2003, 2009], legalBasis: 'Khoản 2 Điều 5 Nghị định 20/2021/NĐ-CP' },
  { code: 'nguoi-nhiem-hiv-ho-ngheo', weight: 2, born: [1975, 1995], legalBasis: 'Khoản 8 Điều 5 Nghị định 20/2021/NĐ-CP' },
  { code: 'tre-em-nhiem-hiv-ho-ngheo', weight: 2, born: [2010, 2019], legalBasis: 'Khoản 3 Điều 5 Nghị định 20/2021/NĐ-CP' },
  { code: 'khac', weight: 2, born: [1960, 2000], legalBasis: 'Quyết định của Giám đốc Sở Y tế' },
];

const RELATIONSHIPS_CHILD = ['Bà ngoại', 'Bà nội', 'Bác ruột', 'Cô ruột', 'Chú ruột', 'Dì ruột'];
const RELATIONSHIPS_ADULT = ['Con trai', 'Con gái', 'Cháu ruột', 'Em gái', 'Anh trai', 'Vợ', 'Chồng'];

function citizenIdFor(rng: Rng, place: Place, birthYear: number, sex: 'male' | 'female'): string {
  const century = birthYear >= 2000 ? 2 : 0;
  return `${place.cccdCode}${century + (sex === 'female' ? 1 : 0)}${String(birthYear % 100).padStart(2, '0')}${rng.digits(6)}`;
}

function phone(rng: Rng): string {
  return `${rng.pick(['091', '098', '097', '086', '035', '083', '090'])}${rng.digits(7)}`;
}

/** Ages are computed on this date, so the data does not change as time passes. */
const AS_OF = '2025-12-31';

function makeResidents(rng: Rng, count: number): Resident[] {
  const out: Resident[] = [];
  for (let i = 0; i < count; i++) {
    // Every category appears at least once; then by weight.
    const profile = i < CATEGORIES.length ? CATEGORIES[i]! : rng.weighted(CATEGORIES.map((c) => [c, c.weight] as const));
    const sex: 'male' | 'female' = rng.chance(profile.code === 'nguoi-cao-tuoi' ? 0.62 : 0.5) ? 'female' : 'male';
    const year = rng.int(profile.born[0], profile.born[1]);
    const full = randomDate(rng, `${year}-01-01`, `${year}-12-31`);
    const vague = profile.code === 'nguoi-cao-tuoi' || profile.code === 'cham-soc-tai-co-so' ? 0.4 : profile.code === 'tre-em-khong-nguon-nuoi-duong' ? 0.3 : 0.08;
    const r = rng.next();
    const birthDate = r < vague * 0.7 ? String(year) : r < vague ? full.slice(0, 7) : full;
    const adult = 2025 - year >= 14;
    const { unit, place } = address(rng, rng.chance(0.45));
    const earliestAdmission = `${Math.max(year + (adult ? 14 : 0), 2014)}-01-01`;
    const admissionDate = randomDate(rng, earliestAdmission < '2025-11-30' ? earliestAdmission : '2025-01-01', '2025-11-30');
    const emergency = profile.code === 'bao-ve-khan-cap';
    const resident: Resident = {
      id: `ds-${String(i + 1).padStart(4, '0')}`,
      fullName: vietnameseName(rng, sex),
      birthDate,
      sex,
      beneficiaryCategory: profile.legalBasis ? { code: profile.code, legalBasis: profile.legalBasis } : { code: profile.code },
      admission: {
        decisionNumber: `${rng.int(12, 480)}/QĐ-${emergency ? 'BVKC' : 'TTCTXH'}`,
        date: admissionDate,
        type: emergency ? 'emergency' : profile.code === 'tu-nguyen-tu-chi-tra' ? 'voluntary' : rng.weighted([['regular', 9], ['emergency', 1]] as const),
      },
      room: `Nhà ${rng.pick(['A', 'B', 'C', 'D'])}, phòng ${rng.int(1, 3)}0${rng.int(1, 9)}`,
      address: unit,
    };
    if (adult && rng.chance(0.7)) resident.citizenId = citizenIdFor(rng, place, year, sex);
    if (adult && year < 1990 && rng.chance(0.25)) {
      resident.otherIdentifiers = [{ kind: 'cmnd', value: `1${rng.digits(8)}`, issuer: `Công an tỉnh ${place.provinceName}` }];
    }
    if (rng.chance(0.8)) resident.healthInsuranceNumber = `${rng.pick(['BT', 'TE', 'HN', 'CK'])}${rng.int(1, 4)}${place.cccdCode.slice(1)}${rng.digits(10)}`;
    if (profile.code === 'nguoi-khuyet-tat' || profile.code === 'cham-soc-tai-co-so' || rng.chance(0.1)) {
      const type = profile.code === 'cham-soc-tai-co-so' ? 'than-kinh-tam-than' : rng.pick(['van-dong', 'nghe-noi', 'nhin', 'tri-tue', 'than-kinh-tam-than', 'khac'] as const);
      resident.disability = {
        level: rng.weighted([['dac-biet-nang', 4], ['nang', 5], ['nhe', 1]] as const),
        type,
        certificateDate: randomDate(rng, '2012-01-01', admissionDate),
        issuer: `UBND ${unit.communeName}`,
      };
    }
    if (!adult || rng.chance(0.55)) {
      const gSex = rng.chance(0.6) ? 'female' : 'male';
      resident.guardian = {
        name: vietnameseName(rng, gSex),
        relationship: rng.pick(adult ? RELATIONSHIPS_ADULT : RELATIONSHIPS_CHILD),
      };
      if (rng.chance(0.85)) resident.guardian.phone = phone(rng);
    }
    if (rng.chance(0.75)) {
      resident.consent = {
        photo: rng.chance(0.5),
        publishName: rng.chance(0.3),
        shareHealthData: rng.chance(0.7),
        recordedAt: vnTime(admissionDate, rng),
      };
      if (resident.guardian && (!adult || rng.chance(0.3))) resident.consent.givenBy = resident.guardian.name;
      const withdrawn = addDays(admissionDate, rng.int(30, 300));
      if (rng.chance(0.05) && withdrawn <= AS_OF) resident.consent.withdrawnAt = vnTime(withdrawn, rng);
      if (resident.consent.photo) resident.photoUrl = `/sample/photos/${resident.id}.webp`;
      resident.publishable = resident.consent.publishName ? ['fullName', 'room'] : ['room'];
    }
    if (rng.chance(0.35)) {
      resident.sensitive = {
        health: {
          summary: rng.pick(['Tăng huyết áp, theo dõi huyết áp hằng ngày', 'Đái tháo đường type 2', 'Suy dinh dưỡng nhẹ', 'Động kinh, dùng thuốc đều', 'Tâm thần phân liệt, ổn định']),
          conditions: [rng.pick(['Tăng huyết áp', 'Đái tháo đường', 'Thoái hoá khớp', 'Suy dinh dưỡng', 'Động kinh', 'Tâm thần phân liệt'])],
        },
      };
      if (profile.code.includes('hiv')) resident.sensitive.hivStatus = 'positive';
      if (profile.code === 'bao-ve-khan-cap') resident.sensitive.abuseHistory = 'Bị bạo lực gia đình; đã có quyết định bảo vệ khẩn cấp.';
      if (resident.disability) resident.sensitive.disabilityDetails = 'Cần hỗ trợ sinh hoạt hằng ngày.';
    }
    if (rng.chance(0.3)) {
      resident.flags = { fallRisk: 2025 - year > 75 || rng.chance(0.2) };
      if (rng.chance(0.5)) resident.flags.diet = [rng.pick(['Ăn mềm', 'Ăn nhạt', 'Ăn chay', 'Ăn kiêng đường'])];
      if (rng.chance(0.2)) resident.flags.allergy = [rng.pick(['Hải sản', 'Penicillin', 'Sữa bò'])];
    }
    // About one in six has left the centre.
    if (rng.chance(0.17) && admissionDate < '2025-06-01') {
      const reason = rng.weighted([['hoi-gia', 5], ['community', 2], ['transfer', 2], ['death', profile.code === 'nguoi-cao-tuoi' ? 4 : 1], ['absconded', 1], ['term-ended', 1]] as const);
      resident.exit = { date: randomDate(rng, addDays(admissionDate, 30), '2025-12-15'), reason, decisionNumber: `${rng.int(100, 600)}/QĐ-TTCTXH` };
      if (reason === 'hoi-gia') resident.exit.note = `Về với ${resident.guardian?.relationship.toLowerCase() ?? 'gia đình'}.`;
    }
    out.push(resident);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Care plans
// ---------------------------------------------------------------------------------------------

const STAFF = [
  { id: 'nv-01', name: 'Trần Thị Mai', role: 'social-worker' as const },
  { id: 'nv-02', name: 'Nguyễn Văn Hùng', role: 'social-worker' as const },
  { id: 'nv-03', name: 'Lê Thị Hạnh', role: 'nurse' as const },
  { id: 'nv-04', name: 'BS. Phạm Quang Minh', role: 'doctor' as const },
  { id: 'nv-05', name: 'KTV Vũ Đức Long', role: 'rehabilitation-technician' as const },
  { id: 'nv-06', name: 'Hoàng Thị Lan', role: 'teacher' as const },
  { id: 'nv-07', name: 'Đặng Minh Thu', role: 'psychologist' as const },
  { id: 'nv-08', name: 'Bùi Thị Oanh', role: 'caregiver' as const },
];
const DIRECTOR = 'Ngô Duy Bình';

const DOMAIN_PLANS: Record<string, { domain: CareDomain; need: string; goal: string; measure: string; target: string; activity: string; schedule: string; staff: number }[]> = {
  elderly: [
    { domain: 'nutrition', need: 'Ăn kém, sụt cân', goal: 'Duy trì cân nặng', measure: 'Cân nặng hằng tháng', target: 'Không giảm quá 1 kg/tháng', activity: 'Chế độ ăn mềm, chia 5 bữa', schedule: 'Hằng ngày', staff: 7 },
    { domain: 'traditional-massage', need: 'Đau khớp gối', goal: 'Giảm đau khớp', measure: 'Điểm đau (0-10)', target: 'Dưới 4', activity: 'Xoa bóp bấm huyệt', schedule: 'Thứ 2, 4, 6 lúc 8:00', staff: 4 },
    { domain: 'medical-care', need: 'Tăng huyết áp', goal: 'Kiểm soát huyết áp', measure: 'Huyết áp tâm thu', target: 'Dưới 140 mmHg', activity: 'Đo huyết áp và cấp thuốc', schedule: 'Sáng hằng ngày', staff: 2 },
  ],
  child: [
    { domain: 'education', need: 'Chậm theo kịp chương trình lớp', goal: 'Lên lớp đúng tuổi', measure: 'Điểm trung bình học kỳ', target: 'Từ 6,5 trở lên', activity: 'Học phụ đạo buổi tối', schedule: 'Thứ 2 đến thứ 6, 19:00', staff: 5 },
    { domain: 'counselling', need: 'Hay lo âu, khó ngủ', goal: 'Ổn định cảm xúc', measure: 'Số đêm mất ngủ mỗi tuần', target: 'Tối đa 1 đêm', activity: 'Tham vấn tâm lý cá nhân', schedule: 'Thứ 3 hằng tuần', staff: 6 },
    { domain: 'family-reintegration', need: 'Có người thân có thể nhận nuôi', goal: 'Hồi gia về với người thân', measure: 'Số lần thăm gia đình', target: '4 lần trước khi hồi gia', activity: 'Thăm gia đình, đánh giá điều kiện nuôi dưỡng', schedule: 'Hằng tháng', staff: 0 },
  ],
  disability: [
    { domain: 'rehabilitation', need: 'Đi lại khó khăn', goal: 'Tự đi lại trong phòng', measure: 'Số bước đi không cần hỗ trợ', target: '20 bước', activity: 'Tập vật lý trị liệu', schedule: 'Thứ 2, 4, 6 lúc 8:00', staff: 4 },
    { domain: 'work-therapy', need: 'Ít vận động, thu mình', goal: 'Tham gia lao động trị liệu', measure: 'Số buổi tham gia mỗi tuần', target: '3 buổi', activity: 'Trồng rau, làm vườn', schedule: 'Sáng thứ 3, 5, 7', staff: 7 },
    { domain: 'vocational-training', need: 'Muốn có nghề', goal: 'Học nghề đan lát', measure: 'Sản phẩm hoàn thành', target: '10 sản phẩm/tháng', activity: 'Lớp dạy nghề mây tre đan', schedule: 'Chiều thứ 2, 4', staff: 5 },
  ],
};

const STEPS: CarePlanStep[] = ['intake', 'planning', 'implementing', 'monitoring', 'closed'];
const STEP_ORDER = (s: CarePlanStep) => STEPS.indexOf(s);

function makeCarePlans(rng: Rng, residents: Resident[]): CarePlan[] {
  const plans: CarePlan[] = [];
  residents.forEach((r, i) => {
    if (i % 3 === 2 && !r.exit) return; // two out of three residents have a plan
    const step: CarePlanStep = r.exit ? 'closed' : STEPS[plans.length % 4]!;
    r.currentCarePlanStep = step;
    const kind = r.beneficiaryCategory.code.startsWith('tre-em') || r.beneficiaryCategory.code === 'nguoi-16-22-tuoi-dang-hoc' ? 'child' : r.disability ? 'disability' : 'elderly';
    const templates = DOMAIN_PLANS[kind]!;
    const start = r.admission.date > '2025-01-01' ? r.admission.date : `2025-0${rng.int(1, 3)}-0${rng.int(1, 9)}`;
    const at = (d: string) => vnTime(d, rng);
    const transitions: CarePlan['transitions'] = [];
    let day = start;
    for (let s = 1; s <= STEP_ORDER(step); s++) {
      day = addDays(day, rng.int(3, 40));
      if (day > AS_OF) day = AS_OF;
      const member = STAFF[rng.int(0, 1)]!;
      transitions.push({ from: STEPS[s - 1]!, to: STEPS[s]!, by: member.name, at: at(day), note: s === 4 ? 'Kết thúc kế hoạch, lưu hồ sơ.' : '' });
    }
    const chosen = templates.slice(0, rng.int(2, 3));
    const started = STEP_ORDER(step) >= 2;
    const goals: CarePlan['goals'] = STEP_ORDER(step) === 0 ? [] : chosen.map((t, k) => ({
      id: `mt-${k + 1}`,
      domain: t.domain,
      description: t.goal,
      measure: t.measure,
      target: t.target,
      dueDate: addDays(start, 180),
      status: step === 'closed' ? 'completed' : started ? 'active' : 'proposed',
      ...(started ? { achievement: step === 'closed' ? rng.pick(['achieved', 'not-achieved'] as const) : rng.pick(['in-progress', 'improving', 'no-change'] as const) } : {}),
    }));
    const activities: CarePlan['activities'] = goals.map((g, k) => {
      const t = chosen[k]!;
      const notes = started
        ? Array.from({ length: rng.int(0, 3) }, (_, n) => ({ at: at(addDays(start, 14 * (n + 1))), author: STAFF[t.staff]!.name, text: rng.pick(['Hợp tác tốt.', 'Tiến bộ chậm, cần động viên.', 'Có cải thiện rõ.', 'Nghỉ 2 buổi do ốm.']) }))
        : [];
      return {
        id: `hd-${k + 1}`,
        domain: t.domain,
        what: t.activity,
        goalIds: [g.id],
        schedule: t.schedule,
        responsibleStaff: STAFF[t.staff]!.name,
        start: addDays(start, 7),
        ...(step === 'closed' ? { end: day, outcome: rng.pick(['successful', 'partly-successful', 'unsuccessful'] as const) } : {}),
        status: step === 'closed' ? 'completed' : started ? 'in-progress' : 'not-started',
        progressNotes: notes,
      };
    });
    const team = [STAFF[0]!, ...new Set(chosen.map((t) => STAFF[t.staff]!))].filter((m, k, a) => a.indexOf(m) === k);
    const plan: CarePlan = {
      id: `kh-${r.id}`,
      residentId: r.id,
      status: step,
      title: `Kế hoạch trợ giúp ${r.fullName}`,
      period: step === 'closed' ? { start, end: day } : { start },
      transitions,
      needsAssessment: chosen.map((t) => ({ domain: t.domain, summary: t.need, priority: rng.pick(['low', 'medium', 'high'] as const), assessedAt: start, assessedBy: STAFF[0]!.name })),
      goals,
      activities,
      careTeam: team.map((m) => ({ id: m.id, name: m.name, role: m.role })),
      signOffs: STEP_ORDER(step) >= 2 ? [
        { role: 'team', name: STAFF[0]!.name, at: transitions[1]?.at ?? at(start), memberId: STAFF[0]!.id },
        { role: r.guardian ? 'guardian' : 'resident', name: r.guardian?.name ?? r.fullName, at: transitions[1]?.at ?? at(start) },
        { role: 'director', name: DIRECTOR, at: transitions[1]?.at ?? at(start) },
      ] : [],
      reviews: STEP_ORDER(step) >= 3 ? [{ dueDate: addDays(start, 90), doneAt: addDays(start, 92), notes: 'Rà soát định kỳ quý.', by: STAFF[0]!.name }] : [],
      updatedAt: transitions.at(-1)?.at ?? at(start),
    };
    plans.push(plan);
  });
  return plans;
}

// ---------------------------------------------------------------------------------------------
// Survey responses (answers by item code of the MoH templates)
// ---------------------------------------------------------------------------------------------

export const SAMPLE_WARDS = [
  { code: 'noi', vi: 'Khoa Nội', en: 'Internal medicine' },
  { code: 'ngoai', vi: 'Khoa Ngoại', en: 'Surgery' },
  { code: 'san', vi: 'Khoa Sản', en: 'Obstetrics' },
  { code: 'nhi', vi: 'Khoa Nhi', en: 'Paediatrics' },
  { code: 'hoi-suc', vi: 'Khoa Hồi sức tích cực', en: 'Intensive care' },
  { code: 'yhct', vi: 'Khoa Y học cổ truyền', en: 'Traditional medicine' },
  { code: 'ung-buou', vi: 'Trung tâm Ung bướu', en: 'Oncology centre' },
] as const;

const SECTIONS = {
  'moh-inpatient': { A: 5, B: 7, C: 11, D: 7, E: 6 },
  'moh-outpatient': { A: 5, B: 10, C: 8, D: 4, E: 4 },
} as const;

const HOSPITAL_CODE = '27001';
const H1_TEXTS = ['Nhà vệ sinh chưa sạch.', 'Chờ làm thủ tục ra viện lâu.', 'Căng tin đắt.', 'Thiếu ghế cho người nhà.', 'Phòng bệnh nóng, quạt hỏng.'];
const H2_TEXTS = ['Cảm ơn các bác sĩ, điều dưỡng khoa.', 'Nên có thêm bảng chỉ dẫn.', 'Mong bệnh viện có thêm chỗ gửi xe.', 'Nhân viên rất nhiệt tình.'];

function makeResponses(rng: Rng, count: number): SurveyResponse[] {
  const out: SurveyResponse[] = [];
  for (let i = 0; i < count; i++) {
    const form = i % 5 < 3 ? 'moh-inpatient' : 'moh-outpatient';
    const month = (i % 12) + 1;
    const mm = String(month).padStart(2, '0');
    const filledOn = randomDate(rng, `2025-${mm}-01`, new Date(Date.UTC(2025, month, 0)).toISOString().slice(0, 10));
    const ward = form === 'moh-inpatient' ? rng.weighted(SAMPLE_WARDS.map((w, k) => [w, [6, 5, 3, 4, 1, 3, 2][k]!] as const)) : rng.pick(SAMPLE_WARDS.slice(0, 4));
    // Each ward and season has its own level; the whole set averages about 4.1 out of 5.
    const wardBias = { noi: 0, ngoai: -0.1, san: 0.15, nhi: 0.05, 'hoi-suc': -0.3, yhct: 0.25, 'ung-buou': -0.05 }[ward.code];
    const seasonBias = month >= 6 && month <= 8 ? -0.1 : month >= 10 ? 0.08 : 0;
    const person = rng.normal(4.12 + wardBias + seasonBias, 0.45, 2.2, 5);
    const answers: Record<string, SurveyAnswer> = {};
    for (const [section, n] of Object.entries(SECTIONS[form])) {
      const sectionBias = section === 'C' ? -0.2 : section === 'D' ? 0.12 : 0;
      for (let k = 1; k <= n; k++) {
        const code = `${section}${k}`;
        if (rng.chance(0.035)) {
          answers[code] = 0; // not used, no opinion
          continue;
        }
        const score = Math.round(rng.normal(person + sectionBias, 0.9, 1, 5.4));
        answers[code] = score <= 2 && rng.chance(0.4) ? { value: score, reason: rng.pick(H1_TEXTS) } : score;
      }
    }
    if (form === 'moh-inpatient') answers.E7 = rng.weighted([[1, 1], [2, 6], [3, 62], [4, 22], [5, 9]] as const);
    answers.G1 = Math.round(Math.min(110, Math.max(40, rng.normal(person * 20 - 1, 8))));
    const g2 = person > 4.3 ? 5 : person > 3.6 ? rng.weighted([[4, 3], [5, 2]] as const) : rng.weighted([[2, 2], [3, 1], [4, 2]] as const);
    answers.G2 = rng.chance(0.01) ? { value: 6, other: 'Tuỳ bệnh' } : g2;
    if (person < 3.8 && rng.chance(0.5)) answers.H1 = rng.pick(H1_TEXTS);
    if (rng.chance(0.15)) answers.H2 = rng.pick(H2_TEXTS);
    answers['meta.ward'] = ward.vi;
    const hh = String(rng.int(7, 16)).padStart(2, '0');
    const startMinute = rng.int(0, 44);
    const clock = (m: number) => `${filledOn}T${hh}:${String(m).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}+07:00`;
    const start = clock(startMinute);
    const submitted = clock(startMinute + rng.int(3, 15));
    out.push({
      id: `pks-2025-${String(i + 1).padStart(4, '0')}`,
      definitionId: form,
      definitionVersion: 'v2',
      status: 'completed',
      answers,
      metadata: {
        surveyType: 'self-assessment-periodic',
        administeredBy: rng.weighted([['self', 7], ['hospital-staff', 3]] as const),
        respondent: rng.chance(ward.code === 'nhi' ? 0.9 : 0.3) ? 'relative' : 'patient',
        hospitalCode: HOSPITAL_CODE,
        wardCode: ward.code,
        filledOn,
        mode: rng.weighted([['paper', 3], ['web', 3], ['kiosk', 3], ['interview', 1]] as const),
        language: 'vi',
        template: { id: form, version: 'v2' },
      },
      startedAt: start,
      submittedAt: submitted,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Funds and ledger
// ---------------------------------------------------------------------------------------------

export const SAMPLE_RECEIVING_UNIT = 'Phòng Công tác xã hội, Bệnh viện Đa khoa tỉnh Bắc Ninh';

function makeFunds(): Fund[] {
  return [
    {
      id: 'quy-bua-com-yeu-thuong',
      name: { vi: 'Quỹ Bữa cơm yêu thương', en: 'Meals of Love fund' },
      restricted: false,
      purpose: 'Suất cơm, cháo, sữa, bánh mì miễn phí cho người bệnh và người nhà có hoàn cảnh khó khăn.',
      account: { bank: 'Vietcombank – Chi nhánh Bắc Ninh', number: '0271000123456', holder: 'Bệnh viện Đa khoa tỉnh Bắc Ninh' },
      openedOn: '2022-03-01',
    },
    {
      id: 'quy-ho-tro-benh-nhan-ngheo',
      name: { vi: 'Quỹ hỗ trợ bệnh nhân nghèo', en: 'Fund for patients in poverty' },
      restricted: false,
      purpose: 'Hỗ trợ viện phí, tiền thuốc, tiền xe cho người bệnh nghèo.',
      account: { bank: 'BIDV – Chi nhánh Bắc Ninh', number: '12010009876543', holder: 'Bệnh viện Đa khoa tỉnh Bắc Ninh' },
      openedOn: '2021-01-01',
    },
    {
      id: 'quy-chap-canh-uoc-mo',
      name: { vi: 'Quỹ Chắp cánh ước mơ cho bệnh nhi', en: 'Wings for Dreams fund for sick children' },
      restricted: true,
      purpose: 'Chỉ dùng cho bệnh nhi khoa Nhi và Trung tâm Ung bướu.',
      openedOn: '2024-06-01',
    },
    {
      id: 'van-dong-benh-nhan-nva-2025',
      name: { vi: 'Vận động ủng hộ bệnh nhân N.V.A. (khoa Hồi sức tích cực)', en: 'Appeal for patient N.V.A. (intensive care)' },
      restricted: true,
      purpose: 'Chi phí điều trị của bệnh nhân N.V.A.; số dư còn lại chuyển Quỹ hỗ trợ bệnh nhân nghèo.',
      account: { bank: 'Agribank – Chi nhánh Từ Sơn', number: '2704205112233', holder: 'Bệnh viện Đa khoa tỉnh Bắc Ninh' },
      openedOn: '2025-04-10',
      closedOn: '2025-07-31',
    },
  ];
}

const GOODS: { item: string; unit: string; value: number; shelfDays: number; qty: [number, number] }[] = [
  { item: 'Cơm', unit: 'suất', value: 25000, shelfDays: 0, qty: [50, 300] },
  { item: 'Cháo', unit: 'suất', value: 15000, shelfDays: 0, qty: [30, 150] },
  { item: 'Sữa hộp 180 ml', unit: 'hộp', value: 9000, shelfDays: 180, qty: [48, 480] },
  { item: 'Mì ăn liền', unit: 'thùng', value: 115000, shelfDays: 240, qty: [5, 40] },
  { item: 'Bánh mì', unit: 'ổ', value: 10000, shelfDays: 1, qty: [50, 200] },
  { item: 'Sữa tươi', unit: 'lít', value: 32000, shelfDays: 10, qty: [10, 60] },
];

const ORGS = ['Công ty TNHH Thực phẩm Minh Long', 'Công ty CP Dược phẩm Kinh Bắc', 'Hội Chữ thập đỏ tỉnh', 'Đoàn Thanh niên Bệnh viện', 'Hội Phụ nữ phường Kinh Bắc'];
const BUSINESSES = ['Nhà hàng Sen Việt', 'Tiệm bánh mì Hồng Phát', 'Cửa hàng tạp hoá Bình Minh', 'Siêu thị mini Phúc Lộc'];
const RELIGIOUS = ['Chùa Phật Tích', 'Chùa Dạm', 'Giáo xứ Bắc Ninh', 'Nhóm thiện nguyện Tâm Từ Bi'];

function donor(rng: Rng): Extract<LedgerEntry, { kind: 'donation' }>['donor'] {
  const type = rng.weighted([['person', 45], ['organisation', 15], ['business', 15], ['religious', 10], ['anonymous', 15]] as const);
  if (type === 'anonymous') return { type, publishConsent: false };
  const name = type === 'person' ? vietnameseName(rng, rng.chance(0.55) ? 'female' : 'male') : rng.pick(type === 'organisation' ? ORGS : type === 'business' ? BUSINESSES : RELIGIOUS);
  const d: Extract<LedgerEntry, { kind: 'donation' }>['donor'] = { type, name, publishConsent: rng.chance(type === 'person' ? 0.55 : 0.9) };
  if (rng.chance(0.4)) d.contact = phone(rng);
  return d;
}

const roundTo = (n: number, step: number) => Math.max(step, Math.round(n / step) * step);

/** An entry before its hash link is set. */
type Draft = Record<string, unknown> & { id: string; date: string; kind: string; fundId: string };

function makeLedger(rng: Rng, count: number, funds: Fund[]): LedgerEntry[] {
  const drafts: Draft[] = [];
  const balance = new Map<string, number>(funds.map((f) => [f.id, 0]));
  const stock = new Map<string, { line: InKindLine; left: number; fund: string }[]>();
  let pt = 0;
  let pc = 0;
  const appeal = funds[3]!;
  const perDay = count / 365;
  let produced = 0;
  for (let d = 0; d < 365 && produced < count - 2; d++) {
    const date = dayOfYear(2025, d);
    const today = Math.min(count - 2 - produced, Math.round(perDay * (d % 7 === 6 ? 0.6 : 1.1) + rng.int(-1, 1)));
    for (let k = 0; k < today; k++) {
      produced++;
      const base = { receivingUnit: SAMPLE_RECEIVING_UNIT, recordedAt: vnTime(date, rng, 7, 18), recordedBy: rng.pick(['Đỗ Thị Hạnh', 'Phan Văn Tú', 'Lý Thị Ngọc']) };
      const appealOpen = date >= appeal.openedOn! && date <= appeal.closedOn!;
      const fund = appealOpen && rng.chance(0.25) ? appeal : rng.weighted([[funds[0]!, 5], [funds[1]!, 4], [funds[2]!, 2]] as const);
      const wantDistribution = rng.chance(0.36);
      if (wantDistribution) {
        // Hand out goods in stock first (oldest expiry first), else money the fund has.
        // Lots that are used up or past their expiry leave the store.
        for (const [item, lots] of stock) {
          const live = lots.filter((l) => l.left > 0 && (!l.line.expiry || l.line.expiry >= date));
          if (live.length) stock.set(item, live);
          else stock.delete(item);
        }
        const goods = [...stock.entries()];
        const ward = rng.pick(SAMPLE_WARDS);
        const patient = vietnameseName(rng, rng.chance(0.5) ? 'female' : 'male');
        const beneficiary = { pseudonym: `Bệnh nhân ${initials(patient)}, ${ward.vi.toLowerCase()}`, id: `bn-${rng.digits(6)}` };
        const approver = 'Trưởng phòng CTXH Đỗ Thị Hạnh';
        if (goods.length && rng.chance(0.6)) {
          const [key, lots] = rng.pick(goods);
          const lot = lots[0]!;
          const qty = Math.min(lot.left, rng.int(1, Math.max(1, Math.ceil(lot.left / 2))));
          lot.left -= qty;
          const line: InKindLine = { item: lot.line.item, unit: lot.line.unit, quantity: qty };
          if (lot.line.expiry) line.expiry = lot.line.expiry;
          void key;
          drafts.push({ ...base, id: `so-${String(drafts.length + 1).padStart(5, '0')}`, kind: 'distribution', receiptNumber: `PX-2025-${String(++pc).padStart(4, '0')}`, date, fundId: lot.fund, beneficiary, lines: [line], approver, handoverRecord: `BBBG-2025-${String(pc).padStart(4, '0')}` } as Draft);
          continue;
        }
        const available = balance.get(fund.id)!;
        if (available >= 500000) {
          const amount = Math.min(available, roundTo(rng.normal(2500000, 2000000, 300000, 15000000), 100000));
          balance.set(fund.id, available - amount);
          drafts.push({ ...base, id: `so-${String(drafts.length + 1).padStart(5, '0')}`, kind: 'distribution', receiptNumber: `PC-2025-${String(++pc).padStart(4, '0')}`, date, fundId: fund.id, beneficiary, amountVnd: amount, approver, handoverRecord: `BBBG-2025-${String(pc).padStart(4, '0')}`, note: rng.pick(['Hỗ trợ viện phí', 'Hỗ trợ tiền thuốc', 'Hỗ trợ tiền xe về quê', 'Hỗ trợ chi phí phẫu thuật']) } as Draft);
          continue;
        }
      }
      const channel = rng.weighted([['cash', 30], ['bank-transfer', 25], ['vietqr', 20], ['in-kind', 25]] as const);
      const common = { ...base, id: `so-${String(drafts.length + 1).padStart(5, '0')}`, kind: 'donation' as const, receiptNumber: `PT-2025-${String(++pt).padStart(4, '0')}`, date, fundId: fund.id, donor: donor(rng) };
      if (channel === 'in-kind') {
        const fundForGoods = funds[0]!;
        const lines: InKindLine[] = [];
        const n = rng.weighted([[1, 6], [2, 3], [3, 1]] as const);
        for (const g of [...GOODS].sort(() => rng.next() - 0.5).slice(0, n)) {
          const line: InKindLine = { item: g.item, unit: g.unit, quantity: rng.int(g.qty[0], g.qty[1]), estimatedUnitValueVnd: g.value, expiry: addDays(date, g.shelfDays) };
          lines.push(line);
          const lots = stock.get(g.item) ?? [];
          lots.push({ line, left: line.quantity, fund: fundForGoods.id });
          stock.set(g.item, lots);
        }
        drafts.push({ ...common, fundId: fundForGoods.id, channel, lines } as Draft);
      } else {
        const amount = roundTo(Math.exp(rng.normal(Math.log(800000), 1.1, Math.log(50000), Math.log(50000000))), channel === 'cash' ? 10000 : 1000);
        balance.set(common.fundId, balance.get(common.fundId)! + amount);
        if (channel === 'cash') drafts.push({ ...common, channel, amountVnd: amount } as Draft);
        else if (channel === 'bank-transfer') drafts.push({ ...common, channel, amountVnd: amount, bankReference: `FT25${String(d).padStart(3, '0')}${rng.digits(7)}` } as Draft);
        else drafts.push({ ...common, channel, amountVnd: amount, ...(rng.chance(0.8) ? { bankReference: `VQR${rng.digits(10)}` } : {}) } as Draft);
      }
    }
  }
  // Two corrections: a mistyped amount and a wrong fund, both pointing at earlier donations.
  const money = drafts.filter((e) => e.kind === 'donation' && 'amountVnd' in e);
  const a = money[Math.floor(money.length / 3)]!;
  const b = money[Math.floor((money.length * 2) / 3)]!;
  for (const [target, reason, replacement] of [
    [a, 'Ghi nhầm số tiền: thừa một chữ số 0', { amountVnd: Math.round(Number(a.amountVnd) / 10) }],
    [b, 'Ghi nhầm quỹ: nhà hảo tâm chỉ định Quỹ hỗ trợ bệnh nhân nghèo', { fundId: 'quy-ho-tro-benh-nhan-ngheo' }],
  ] as const) {
    const date = addDays(target.date, 3) > '2025-12-31' ? '2025-12-31' : addDays(target.date, 3);
    drafts.push({ id: `so-${String(drafts.length + 1).padStart(5, '0')}`, kind: 'correction', receiptNumber: `DC-2025-${String(drafts.length).padStart(4, '0')}`, date, receivingUnit: SAMPLE_RECEIVING_UNIT, fundId: target.fundId, correctsEntryId: target.id, reason, replacement, recordedAt: vnTime(date, rng), recordedBy: 'Đỗ Thị Hạnh' } as Draft);
  }
  while (drafts.length < count) {
    const date = '2025-12-31';
    drafts.push({ id: `so-${String(drafts.length + 1).padStart(5, '0')}`, kind: 'donation', receiptNumber: `PT-2025-${String(++pt).padStart(4, '0')}`, date, receivingUnit: SAMPLE_RECEIVING_UNIT, fundId: funds[0]!.id, donor: { type: 'anonymous', publishConsent: false }, channel: 'cash', amountVnd: 200000, recordedAt: vnTime(date, rng) } as Draft);
  }
  drafts.length = count;
  // Order by date (stable), then chain the hashes.
  const sorted = drafts.map((e, i) => [e, i] as const).sort((x, y) => (x[0].date < y[0].date ? -1 : x[0].date > y[0].date ? 1 : x[1] - y[1])).map(([e]) => e);
  // Same digest as the contract's ledgerEntryHash (SHA-256 of the canonical JSON), computed with
  // @noble/hashes because it is several times faster than the contract's dependency-free one.
  let prev: string | null = null;
  return sorted.map((e) => {
    const entry = { ...e, prevHash: prev } as LedgerEntry;
    prev = bytesToHex(sha256(utf8ToBytes(canonicalJson(entry))));
    return entry;
  });
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

const CENTRE = { id: 'ttctxh-tinh', name: { vi: 'Trung tâm Công tác xã hội tỉnh', en: 'Provincial social work centre' } };
const years = ['2021', '2022', '2023', '2024', '2025'];
const yearPeriods = years.map((id) => ({ id, start: `${id}-01-01`, end: `${id}-12-31` }));

const CATEGORY_NAMES: Partial<Record<BeneficiaryCategoryCode, [string, string]>> = {
  'nguoi-cao-tuoi': ['Người cao tuổi', 'Older people'],
  'tre-em-khong-nguon-nuoi-duong': ['Trẻ em không có nguồn nuôi dưỡng', 'Children without carers'],
  'nguoi-khuyet-tat': ['Người khuyết tật', 'People with disabilities'],
  'cham-soc-tai-co-so': ['Người tâm thần, rối nhiễu tâm trí', 'People with mental illness'],
  'bao-ve-khan-cap': ['Bảo vệ khẩn cấp', 'Emergency protection'],
  'tu-nguyen-tu-chi-tra': ['Tự nguyện, tự chi trả', 'Self-paying'],
  'nguoi-16-22-tuoi-dang-hoc': ['Người 16–22 tuổi đang học', 'Aged 16–22, studying'],
  'nguoi-nhiem-hiv-ho-ngheo': ['Người nhiễm HIV hộ nghèo', 'People with HIV, poor households'],
};

function satisfactionDatasets(responses: SurveyResponse[]): StatDataset[] {
  const quarters = ['2025Q1', '2025Q2', '2025Q3', '2025Q4'];
  const cells = new Map<string, { good: number; valid: number; sum: number }>();
  for (const r of responses) {
    const ward = r.metadata?.wardCode;
    const month = Number(r.metadata?.filledOn?.slice(5, 7));
    if (!ward || !month) continue;
    const q = quarters[Math.floor((month - 1) / 3)]!;
    for (const [code, a] of Object.entries(r.answers)) {
      if (!/^[A-E]\d+$/.test(code) || code === 'E7') continue;
      const v = typeof a === 'number' ? a : a && typeof a === 'object' && !Array.isArray(a) && typeof a.value === 'number' ? a.value : null;
      if (v === null || v === 0) continue; // 0 = not used: excluded
      for (const key of [`${q}|${ward}`, `2025|${ward}`, `${q}|all`, `2025|all`]) {
        const c = cells.get(key) ?? { good: 0, valid: 0, sum: 0 };
        c.valid++;
        c.sum += v;
        if (v >= 4) c.good++;
        cells.set(key, c);
      }
    }
  }
  const orgUnits = [
    { id: 'all', name: { vi: 'Toàn bệnh viện', en: 'Whole hospital' } },
    ...SAMPLE_WARDS.map((w) => ({ id: w.code, name: { vi: w.vi, en: w.en }, parentId: 'all' })),
  ];
  const periods = [...quarters.map((id) => ({ id, label: { vi: `Quý ${id.slice(-1)}/2025`, en: `Q${id.slice(-1)} 2025` } })), { id: '2025', label: { vi: 'Năm 2025', en: '2025' } }];
  const build = (metric: 'rate' | 'mean'): StatDataset['values'] =>
    [...cells.entries()].map(([key, c]) => {
      const [period, orgUnit] = key.split('|') as [string, string];
      const value = metric === 'rate' ? Math.round((c.good / c.valid) * 1000) / 10 : Math.round((c.sum / c.valid) * 100) / 100;
      return { period, orgUnit, value };
    }).sort((a, b) => (a.period + a.orgUnit < b.period + b.orgUnit ? -1 : 1));
  return [
    {
      id: 'hai-long-nguoi-benh-2025',
      title: { vi: 'Tỷ lệ hài lòng của người bệnh theo khoa và quý, 2025', en: 'Patient satisfaction rate by ward and quarter, 2025' },
      indicator: {
        code: 'ty-le-hai-long', name: { vi: 'Tỷ lệ hài lòng', en: 'Satisfaction rate' }, unit: 'percent', decimals: 1,
        formula: { numerator: { vi: 'Số câu trả lời mức 4 hoặc 5', en: 'Answers rated 4 or 5' }, denominator: { vi: 'Số câu trả lời hợp lệ (trừ "không sử dụng")', en: 'Valid answers (excluding "not used")' }, factor: 100 },
      },
      periods, orgUnits, disaggregations: [], values: build('rate'),
      targets: [{ value: 80, label: { vi: 'Mục tiêu quốc gia > 80%', en: 'National target > 80%' }, direction: 'at-least' }],
      suppressionThreshold: 0,
      source: 'Phiếu khảo sát mẫu (dữ liệu minh hoạ), QĐ 56/QĐ-BYT',
    },
    {
      id: 'diem-hai-long-2025',
      title: { vi: 'Điểm hài lòng trung bình theo khoa và quý, 2025', en: 'Mean satisfaction score by ward and quarter, 2025' },
      indicator: { code: 'diem-trung-binh', name: { vi: 'Điểm trung bình (thang 5)', en: 'Mean score (out of 5)' }, unit: 'score', decimals: 2 },
      periods, orgUnits, disaggregations: [], values: build('mean'),
      targets: [{ value: 4, label: { vi: 'Mục tiêu 4,0/5', en: 'Target 4.0/5' }, direction: 'at-least' }],
      suppressionThreshold: 0,
      source: 'Phiếu khảo sát mẫu (dữ liệu minh hoạ)',
    },
  ];
}

function makeDatasets(rng: Rng, responses: SurveyResponse[]): StatDataset[] {
  const cats = Object.entries(CATEGORY_NAMES) as [BeneficiaryCategoryCode, [string, string]][];
  const base: Partial<Record<BeneficiaryCategoryCode, number>> = {
    'nguoi-cao-tuoi': 58, 'tre-em-khong-nguon-nuoi-duong': 41, 'nguoi-khuyet-tat': 47, 'cham-soc-tai-co-so': 36,
    'bao-ve-khan-cap': 6, 'tu-nguyen-tu-chi-tra': 9, 'nguoi-16-22-tuoi-dang-hoc': 12, 'nguoi-nhiem-hiv-ho-ngheo': 3,
  };
  const residentsByCategory: StatDataset = {
    id: 'doi-tuong-theo-dien-2021-2025',
    title: { vi: 'Đối tượng đang nuôi dưỡng theo diện, 2021–2025', en: 'Residents by category, 2021–2025' },
    indicator: { code: 'so-doi-tuong', name: { vi: 'Số đối tượng (31/12)', en: 'Residents (31 Dec)' }, unit: 'count', decimals: 0 },
    periods: yearPeriods,
    orgUnits: [CENTRE],
    disaggregations: [{ id: 'dien', name: { vi: 'Diện đối tượng', en: 'Category' }, categories: cats.map(([id, [vi, en]]) => ({ id, name: { vi, en } })) }],
    values: years.flatMap((period, y) =>
      cats.map(([category]) => ({ period, orgUnit: CENTRE.id, category, value: Math.max(0, Math.round(base[category]! * (1 + 0.04 * y) + rng.int(-3, 3))) })),
    ),
    suppressionThreshold: 5,
    source: 'Dữ liệu minh hoạ',
  };
  const exitReasons: [string, string, string][] = [
    ['hoi-gia', 'Hồi gia', 'Returned to family'], ['community', 'Tái hoà nhập cộng đồng', 'Community reintegration'], ['transfer', 'Chuyển cơ sở khác', 'Transferred'],
    ['death', 'Từ trần', 'Died'], ['absconded', 'Tự ý bỏ về', 'Left without permission'], ['term-ended', 'Hết thời hạn', 'Term ended'],
  ];
  const admissionsExits: StatDataset = {
    id: 'tiep-nhan-roi-trung-tam-2021-2025',
    title: { vi: 'Tiếp nhận và rời trung tâm theo lý do, 2021–2025', en: 'Admissions and exits by reason, 2021–2025' },
    indicator: { code: 'luot-tiep-nhan-roi', name: { vi: 'Số lượt', en: 'Count' }, unit: 'count', decimals: 0 },
    periods: yearPeriods,
    orgUnits: [CENTRE],
    disaggregations: [
      {
        id: 'ly-do',
        name: { vi: 'Tiếp nhận / lý do rời', en: 'Admission / exit reason' },
        categories: [
          { id: 'tiep-nhan-thuong-xuyen', name: { vi: 'Tiếp nhận thường xuyên', en: 'Regular admission' } },
          { id: 'tiep-nhan-khan-cap', name: { vi: 'Tiếp nhận khẩn cấp', en: 'Emergency admission' } },
          { id: 'tiep-nhan-tu-nguyen', name: { vi: 'Tiếp nhận tự nguyện', en: 'Voluntary admission' } },
          ...exitReasons.map(([id, vi, en]) => ({ id: `roi-${id}`, name: { vi, en } })),
        ],
      },
    ],
    values: years.flatMap((period) => [
      { period, orgUnit: CENTRE.id, category: 'tiep-nhan-thuong-xuyen', value: rng.int(28, 45) },
      { period, orgUnit: CENTRE.id, category: 'tiep-nhan-khan-cap', value: rng.int(6, 14) },
      { period, orgUnit: CENTRE.id, category: 'tiep-nhan-tu-nguyen', value: rng.int(2, 8) },
      ...exitReasons.map(([id]) => ({ period, orgUnit: CENTRE.id, category: `roi-${id}`, value: id === 'hoi-gia' ? rng.int(10, 20) : id === 'death' ? rng.int(4, 9) : rng.int(0, 6) })),
    ]),
    suppressionThreshold: 3,
    source: 'Dữ liệu minh hoạ',
  };
  const centreStaff: StatDataset = {
    id: 'nhan-su-trung-tam-ctxh',
    title: { vi: 'Nhân sự Trung tâm Công tác xã hội tỉnh theo phòng', en: 'Staff of the provincial social work centre by department' },
    indicator: { code: 'so-can-bo', name: { vi: 'Số cán bộ, viên chức, người lao động', en: 'Staff' }, unit: 'count', decimals: 0 },
    periods: [{ id: '2025', label: { vi: 'Năm 2025', en: '2025' } }],
    orgUnits: [CENTRE],
    disaggregations: [
      {
        id: 'phong',
        name: { vi: 'Phòng chuyên môn', en: 'Department' },
        categories: [
          { id: 'hanh-chinh-tong-hop', name: { vi: 'Phòng Hành chính - Tổng hợp', en: 'Administration' } },
          { id: 'quan-ly-doi-tuong-y-te-phcn', name: { vi: 'Phòng Quản lý đối tượng và Y tế - Phục hồi chức năng', en: 'Resident care, health and rehabilitation' } },
          { id: 'tu-van-tro-giup-cong-dong', name: { vi: 'Phòng Tư vấn, trợ giúp và phát triển cộng đồng', en: 'Counselling, assistance and community development' } },
        ],
      },
    ],
    values: [
      { period: '2025', orgUnit: CENTRE.id, value: 41 },
      { period: '2025', orgUnit: CENTRE.id, category: 'hanh-chinh-tong-hop', value: 11 },
      { period: '2025', orgUnit: CENTRE.id, category: 'quan-ly-doi-tuong-y-te-phcn', value: 19 },
      { period: '2025', orgUnit: CENTRE.id, category: 'tu-van-tro-giup-cong-dong', value: 11 },
    ],
    suppressionThreshold: 0,
    source: 'Báo cáo của Trung tâm tại buổi làm việc với Sở Y tế (tổng 41 người; phân theo phòng là minh hoạ)',
  };
  const BN = { id: 'syt-bac-ninh', name: { vi: 'Ngành y tế Bắc Ninh', en: 'Bắc Ninh health sector' } };
  const bacNinhStaff: StatDataset = {
    id: 'nhan-luc-ctxh-y-te-bac-ninh',
    title: { vi: 'Nhân lực công tác xã hội ngành y tế Bắc Ninh', en: 'Social-work staff in the Bắc Ninh health sector' },
    indicator: { code: 'nhan-luc-ctxh', name: { vi: 'Số người làm công tác xã hội', en: 'Social-work staff' }, unit: 'count', decimals: 0 },
    periods: [{ id: '2023', label: { vi: 'Đầu năm 2023', en: 'Early 2023' } }],
    orgUnits: [BN],
    disaggregations: [
      {
        id: 'hinh-thuc',
        name: { vi: 'Hình thức', en: 'Type' },
        categories: [
          { id: 'chuyen-trach', name: { vi: 'Chuyên trách', en: 'Full-time' } },
          { id: 'kiem-nhiem', name: { vi: 'Kiêm nhiệm', en: 'Part-time' } },
          { id: 'cong-tac-vien', name: { vi: 'Cộng tác viên', en: 'Collaborators' } },
        ],
      },
    ],
    values: [
      { period: '2023', orgUnit: BN.id, category: 'chuyen-trach', value: 70 },
      { period: '2023', orgUnit: BN.id, category: 'kiem-nhiem', value: 43 },
      { period: '2023', orgUnit: BN.id, category: 'cong-tac-vien', value: 223 },
      { period: '2023', orgUnit: BN.id, value: 336 },
    ],
    suppressionThreshold: 0,
    source: 'Sở Y tế Bắc Ninh, hội nghị triển khai công tác xã hội năm 2023',
  };
  const bacNinhUnits: StatDataset = {
    id: 'don-vi-ctxh-y-te-bac-ninh',
    title: { vi: 'Đơn vị khám, chữa bệnh có bộ phận công tác xã hội, Bắc Ninh', en: 'Treatment units with a social-work unit, Bắc Ninh' },
    indicator: { code: 'don-vi-ctxh', name: { vi: 'Số đơn vị', en: 'Units' }, unit: 'count', decimals: 0 },
    periods: [{ id: '2023' }],
    orgUnits: [BN],
    disaggregations: [{ id: 'to-chuc', name: { vi: 'Hình thức tổ chức', en: 'Organisation' }, categories: [{ id: 'phong', name: { vi: 'Có Phòng CTXH', en: 'Social-work department' } }, { id: 'to', name: { vi: 'Có Tổ CTXH', en: 'Social-work team' } }] }],
    values: [
      { period: '2023', orgUnit: BN.id, value: 16 },
      { period: '2023', orgUnit: BN.id, category: 'phong', value: 2 },
      { period: '2023', orgUnit: BN.id, category: 'to', value: 14 },
    ],
    suppressionThreshold: 0,
    source: 'Sở Y tế Bắc Ninh, 2023',
  };
  const HUE = { id: 'ttbtxh-hue', name: { vi: 'Trung tâm Bảo trợ xã hội thành phố Huế', en: 'Huế social protection centre' } };
  const hue: StatDataset = {
    id: 'ttbtxh-hue-2024',
    title: { vi: 'Kết quả năm 2024, Trung tâm Bảo trợ xã hội thành phố Huế', en: '2024 results, Huế social protection centre' },
    indicator: { code: 'ket-qua-2024', name: { vi: 'Số người / lượt', en: 'People / occasions' }, unit: 'count', decimals: 0 },
    periods: [{ id: '2024', start: '2024-01-01', end: '2024-12-31' }],
    orgUnits: [HUE],
    disaggregations: [
      {
        id: 'chi-tieu',
        name: { vi: 'Chỉ tiêu', en: 'Measure' },
        categories: [
          { id: 'doi-tuong-quan-ly', name: { vi: 'Đối tượng được quản lý', en: 'Residents managed' } },
          { id: 'tiep-nhan-moi-tam-than', name: { vi: 'Tiếp nhận mới người khuyết tật thần kinh tâm thần', en: 'New residents with mental disabilities' } },
          { id: 'xet-nghiem-kham', name: { vi: 'Lượt xét nghiệm, sàng lọc, khám sức khoẻ', en: 'Tests, screenings and health checks' } },
          { id: 'cai-nghien-thanh-cong', name: { vi: 'Học viên cai nghiện bắt buộc thành công', en: 'Compulsory rehab learners completed' } },
          { id: 'giam-thoi-han', name: { vi: 'Trong đó được giảm thời hạn', en: 'Of whom with reduced terms' } },
        ],
      },
    ],
    values: [
      { period: '2024', orgUnit: HUE.id, category: 'doi-tuong-quan-ly', value: 532 },
      { period: '2024', orgUnit: HUE.id, category: 'tiep-nhan-moi-tam-than', value: 42 },
      { period: '2024', orgUnit: HUE.id, category: 'xet-nghiem-kham', value: 818 },
      { period: '2024', orgUnit: HUE.id, category: 'cai-nghien-thanh-cong', value: 44 },
      { period: '2024', orgUnit: HUE.id, category: 'giam-thoi-han', value: 35 },
    ],
    suppressionThreshold: 0,
    source: 'Hội nghị triển khai nhiệm vụ năm 2025, Trung tâm Bảo trợ xã hội thành phố Huế (08/01/2025)',
  };
  const BG = { id: 'bac-giang', name: { vi: 'Tỉnh Bắc Giang (cũ)', en: 'Bắc Giang province (former)' } };
  const bacGiang: StatDataset = {
    id: 'nhom-yeu-the-bac-giang',
    title: { vi: 'Nhóm người yếu thế, tỉnh Bắc Giang', en: 'Vulnerable groups, Bắc Giang province' },
    indicator: { code: 'so-nguoi', name: { vi: 'Số người (xấp xỉ)', en: 'People (approx.)' }, unit: 'count', decimals: 0 },
    periods: [{ id: '2023' }],
    orgUnits: [BG],
    disaggregations: [
      {
        id: 'nhom',
        name: { vi: 'Nhóm', en: 'Group' },
        categories: [
          { id: 'nguoi-cao-tuoi', name: { vi: 'Người cao tuổi', en: 'Older people' } },
          { id: 'tre-em-hoan-canh-dac-biet', name: { vi: 'Trẻ em có hoàn cảnh đặc biệt', en: 'Children in special circumstances' } },
          { id: 'tre-em-nguy-co', name: { vi: 'Trẻ em có nguy cơ', en: 'Children at risk' } },
          { id: 'nguoi-khuyet-tat', name: { vi: 'Người khuyết tật', en: 'People with disabilities' } },
        ],
      },
    ],
    values: [
      { period: '2023', orgUnit: BG.id, category: 'nguoi-cao-tuoi', value: 312000 },
      { period: '2023', orgUnit: BG.id, category: 'tre-em-hoan-canh-dac-biet', value: 3800 },
      { period: '2023', orgUnit: BG.id, category: 'tre-em-nguy-co', value: 42000 },
      { period: '2023', orgUnit: BG.id, category: 'nguoi-khuyet-tat', value: 30000 },
    ],
    suppressionThreshold: 0,
    source: 'Báo Lao động và Xã hội (LĐXH), Bắc Giang',
  };
  return [residentsByCategory, admissionsExits, centreStaff, bacNinhStaff, bacNinhUnits, hue, bacGiang, ...satisfactionDatasets(responses)];
}

// ---------------------------------------------------------------------------------------------
// Public API (cached per seed)
// ---------------------------------------------------------------------------------------------

export interface SampleCounts {
  residents: number;
  responses: number;
  ledger: number;
}

export const SAMPLE_COUNTS: SampleCounts = { residents: 72, responses: 500, ledger: 2000 };

interface SampleSet {
  residents: Resident[];
  carePlans: CarePlan[];
  surveyResponses: SurveyResponse[];
  funds: Fund[];
  ledger: LedgerEntry[] | undefined;
  datasets: StatDataset[] | undefined;
}

const cache = new Map<number, SampleSet>();

function set(seed: number): SampleSet {
  let s = cache.get(seed);
  if (!s) {
    // Each part has its own stream, so changing one generator does not reshuffle the others.
    const residents = makeResidents(createRng(seed), SAMPLE_COUNTS.residents);
    const carePlans = makeCarePlans(createRng(seed + 1), residents);
    s = { residents, carePlans, surveyResponses: makeResponses(createRng(seed + 2), SAMPLE_COUNTS.responses), funds: makeFunds(), ledger: undefined, datasets: undefined };
    cache.set(seed, s);
  }
  return s;
}

/**
 * Everything below returns the cached objects of the seed: treat them as read-only (a source
 * such as MemorySource copies what it stores).
 */
export const sampleResidents = (seed = DEFAULT_SEED): Resident[] => set(seed).residents;
export const sampleCarePlans = (seed = DEFAULT_SEED): CarePlan[] => set(seed).carePlans;
export const sampleSurveyResponses = (seed = DEFAULT_SEED): SurveyResponse[] => set(seed).surveyResponses;
export const sampleFunds = (seed = DEFAULT_SEED): Fund[] => set(seed).funds;
export function sampleLedger(seed = DEFAULT_SEED): LedgerEntry[] {
  const s = set(seed);
  s.ledger ??= makeLedger(createRng(seed + 3), SAMPLE_COUNTS.ledger, s.funds);
  return s.ledger;
}
export function sampleDatasets(seed = DEFAULT_SEED): StatDataset[] {
  const s = set(seed);
  s.datasets ??= makeDatasets(createRng(seed + 4), s.surveyResponses);
  return s.datasets;
}

/** All sample collections in the `SeedData` shape MemorySource and IndexedDbSource accept. */
export function sampleData(seed = DEFAULT_SEED): SeedData {
  return {
    residents: sampleResidents(seed),
    carePlans: sampleCarePlans(seed),
    surveyResponses: sampleSurveyResponses(seed),
    ledgerEntries: sampleLedger(seed),
    datasets: sampleDatasets(seed),
  };
}
