/**
 * Sample residents of a social-protection centre: beneficiary categories in the proportions of a
 * provincial centre, ages, admissions and exits, guardians, consent, care flags and (for some)
 * sensitive data. Deterministic from the generator handed in.
 */
import type { BeneficiaryCategoryCode } from '../contract/shared.js';
import type { Resident } from '../contract/resident.js';
import { address, phone, vietnameseName, type Place } from './people.js';
import { addDays, randomDate, vnTime, type Rng } from './random.js';

interface CategoryProfile {
  code: BeneficiaryCategoryCode;
  weight: number;
  born: [number, number];
  legalBasis?: string;
  /** Older people: the point of Art. 5(5); centre residents are poor and have no one to support them. */
  olderPersonGroup?: 'a';
}

const CATEGORIES: CategoryProfile[] = [
  { code: 'nguoi-cao-tuoi', weight: 16, born: [1930, 1964], legalBasis: 'Điểm a khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP', olderPersonGroup: 'a' },
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


/** Ages are computed on this date, so the data does not change as time passes. */
export const AS_OF = '2025-12-31';

export function makeResidents(rng: Rng, count: number): Resident[] {
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
      beneficiaryCategory: {
        code: profile.code,
        ...(profile.legalBasis ? { legalBasis: profile.legalBasis } : {}),
        ...(profile.olderPersonGroup ? { olderPersonGroup: profile.olderPersonGroup } : {}),
      },
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
          conditions: [rng.pick(['Tăng huyết áp', 'Đái tháo đường', 'Thoái hóa khớp', 'Suy dinh dưỡng', 'Động kinh', 'Tâm thần phân liệt'])],
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
