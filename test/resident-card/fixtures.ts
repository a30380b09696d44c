/**
 * Realistic residents for the resident card's tests and stories (invented people; the shapes,
 * categories and legal bases follow docs/domain). Used until src/sample provides shared data.
 * Each sensitive value is a distinctive marker so tests can search for it anywhere.
 */
import type { ResidentInput } from '../../src/contract/index.js';

/** Viewing date used by tests, so ages and allowances do not change with the calendar. */
export const ON_DATE = '2026-11-22';

/** Older man, full record, consented to photos and to sharing health data. */
export const olderResident = {
  id: 'r-0001',
  fullName: 'Nguyễn Văn An',
  birthDate: '1948-03-12',
  sex: 'male',
  citizenId: '024048001245',
  healthInsuranceNumber: 'BT2242420012345',
  beneficiaryCategory: { code: 'nguoi-cao-tuoi', legalBasis: 'Khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP' },
  disability: { level: 'nang', type: 'van-dong', certificateDate: '2022-05-10', issuer: 'UBND xã Tân Yên' },
  admission: { decisionNumber: '125/QĐ-TTBTXH', date: '2023-09-01', type: 'regular' },
  room: 'Nhà B, phòng 204',
  address: {
    provinceCode: '24',
    provinceName: 'Bắc Ninh',
    communeCode: '07210',
    communeName: 'Xã Tân Yên',
    addressLine: 'Thôn Đồng Lạc',
  },
  guardian: { name: 'Nguyễn Thị Bình', relationship: 'Cháu gái', phone: '0912 345 678' },
  consent: { photo: true, publishName: false, shareHealthData: true, recordedAt: '2023-09-01T09:00:00+07:00' },
  photoUrl: '/test/resident-card/portrait.svg',
  sensitive: {
    health: {
      summary: 'SENS-HEALTH Tăng huyết áp, theo dõi hằng ngày',
      conditions: ['SENS-COND Tăng huyết áp'],
      medications: ['SENS-MED Amlodipin 5 mg'],
    },
    disabilityDetails: 'SENS-DISAB Liệt nửa người trái sau tai biến 2021',
  },
  publishable: ['fullName', 'room'],
  flags: { diet: ['Ăn nhạt'], allergy: ['Penicillin'], fallRisk: true },
  currentCarePlanStep: 'implementing',
} satisfies ResidentInput;

/** Abandoned child: only the birth year is known; emergency admission. */
export const childResident = {
  id: 'r-0420',
  fullName: 'Lò Thị Mai',
  birthDate: '2019',
  sex: 'female',
  beneficiaryCategory: { code: 'tre-em-khong-nguon-nuoi-duong', legalBasis: 'Khoản 1 Điều 5 Nghị định 20/2021/NĐ-CP' },
  admission: { decisionNumber: '09/QĐ-SYT', date: '2024-02-29', type: 'emergency' },
  room: 'Khu Hoa Mai, phòng 3',
  consent: { photo: false, publishName: false, shareHealthData: false },
  flags: { diet: ['Suất ăn trẻ em'] },
  currentCarePlanStep: 'monitoring',
} satisfies ResidentInput;

/**
 * Man in a poor household living with HIV, with a drug history, who has NOT consented to sharing
 * health data: nothing sensitive may appear, even with show-sensitive.
 */
export const hivResident = {
  id: 'r-0777',
  fullName: 'Phạm Văn Dũng',
  birthDate: '1979-06',
  sex: 'male',
  citizenId: '001079009912',
  beneficiaryCategory: { code: 'nguoi-nhiem-hiv-ho-ngheo', legalBasis: 'Khoản 8 Điều 5 Nghị định 20/2021/NĐ-CP' },
  admission: { decisionNumber: '77/QĐ-TTCTXH', date: '2025-03-15', type: 'voluntary' },
  room: 'Nhà C, phòng 12',
  guardian: { name: 'Phạm Thị Thu', relationship: 'Em gái', phone: '0987 111 222' },
  consent: { photo: false, publishName: true, shareHealthData: false },
  sensitive: {
    hivStatus: 'positive',
    drugHistory: 'SENS-DRUG Từng điều trị nghiện 2015–2017',
    abuseHistory: 'SENS-ABUSE Bị bạo lực gia đình',
    health: { summary: 'SENS-HEALTH2 Điều trị ARV' },
  },
  publishable: ['fullName', 'beneficiaryCategory', 'sensitive', 'citizenId', 'guardian'],
  currentCarePlanStep: 'planning',
} satisfies ResidentInput;

/** Woman with a very severe intellectual disability; consent given, then withdrawn. */
export const disabilityResident = {
  id: 'r-0315',
  fullName: 'Trần Thị Hoa',
  birthDate: '1990-11-02',
  sex: 'female',
  citizenId: '038190004567',
  beneficiaryCategory: { code: 'nguoi-khuyet-tat', legalBasis: 'Khoản 6 Điều 5 Nghị định 20/2021/NĐ-CP' },
  disability: { level: 'dac-biet-nang', type: 'tri-tue', certificateDate: '2015-04-20', issuer: 'UBND phường Hạc Thành' },
  admission: { decisionNumber: '31/QĐ-TTBTXH', date: '2016-01-10', type: 'regular' },
  room: 'Khu phục hồi chức năng, phòng 7',
  guardian: { name: 'Trần Văn Quý', relationship: 'Bố', phone: '0903 456 789' },
  consent: {
    photo: true,
    publishName: true,
    shareHealthData: true,
    recordedAt: '2016-01-10T08:00:00+07:00',
    withdrawnAt: '2026-05-01T10:00:00+07:00',
  },
  photoUrl: '/test/resident-card/portrait.svg',
  sensitive: { disabilityDetails: 'SENS-DISAB2 Chậm phát triển trí tuệ mức độ nặng' },
  flags: { fallRisk: true, custom: [{ code: 'epilepsy-watch', label: { vi: 'Theo dõi co giật ban đêm', en: 'Night seizure watch' }, severity: 'danger' }] },
  currentCarePlanStep: 'implementing',
} satisfies ResidentInput;

/** Older woman whose centre publishes a public profile (name and photo consented). */
export const publicResident = {
  id: 'r-0102',
  fullName: 'Hoàng Thị Lan',
  birthDate: '1941',
  sex: 'female',
  citizenId: '036141000178',
  beneficiaryCategory: { code: 'cham-soc-tai-co-so', legalBasis: 'Điều 24 Nghị định 20/2021/NĐ-CP' },
  admission: { decisionNumber: '02/QĐ-TTBTXH', date: '2020-07-01', type: 'regular' },
  room: 'Nhà A, phòng 101',
  guardian: { name: 'Hoàng Văn Tư', relationship: 'Cháu trai', phone: '0911 000 999' },
  address: { provinceCode: '38', provinceName: 'Thanh Hóa', communeName: 'Xã Quảng Phú' },
  consent: { photo: true, publishName: true, shareHealthData: false },
  photoUrl: '/test/resident-card/portrait.svg',
  sensitive: { health: { summary: 'SENS-HEALTH3 Suy tim độ II' } },
  publishable: ['fullName', 'photoUrl', 'birthDate', 'sex', 'beneficiaryCategory', 'admission', 'room', 'currentCarePlanStep', 'guardian', 'address', 'flags'],
  flags: { allergy: ['Hải sản'] },
  currentCarePlanStep: 'monitoring',
} satisfies ResidentInput;

/** Every sensitive marker in the fixtures. */
export const SENSITIVE_MARKERS = ['SENS-', 'Dương tính', 'Positive'];

/** A deep copy, so a test can change a resident freely. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
