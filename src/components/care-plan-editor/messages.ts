import { defineMessages } from '../../i18n/catalogue.js';
import type { Lang } from '../../i18n/lang.js';
import { CASE_FORM_NAMES, CLOSURE_REASON_NAMES, DOMAIN_NAMES, REVIEW_CADENCE_NAMES, STEP_NAMES } from '../../contract/care-plan-labels.js';

type Pair = readonly [vi: string, en: string];
type Labels = Record<string, Pair>;

/** [vi, en] of each code in one of the contract's label tables (src/contract/code-labels.ts). */
const pairsOf = (vi: Record<string, string>, en: Record<string, string>): Labels =>
  Object.fromEntries(Object.keys(vi).map((k) => [k, [vi[k]!, en[k] ?? vi[k]!] as const]));

/** The five steps, as the paper form names them. */
export const STEP_LABELS: Labels = pairsOf(STEP_NAMES.vi, STEP_NAMES.en);

export const DOMAIN_LABELS: Labels = pairsOf(DOMAIN_NAMES.vi, DOMAIN_NAMES.en);

/** The case file of Thông tư 02/2020/TT-BLĐTBXH: its records, closure reasons and review cadences. */
export const CASE_FORM_LABELS: Labels = pairsOf(CASE_FORM_NAMES.vi, CASE_FORM_NAMES.en);
export const CLOSURE_REASON_LABELS: Labels = pairsOf(CLOSURE_REASON_NAMES.vi, CLOSURE_REASON_NAMES.en);
export const REVIEW_CADENCE_LABELS: Labels = pairsOf(REVIEW_CADENCE_NAMES.vi, REVIEW_CADENCE_NAMES.en);

export const GOAL_STATUS_LABELS: Labels = {
  proposed: ['Đề xuất', 'Proposed'],
  planned: ['Đã lên kế hoạch', 'Planned'],
  accepted: ['Đã thống nhất', 'Agreed'],
  active: ['Đang thực hiện', 'Active'],
  'on-hold': ['Tạm dừng', 'On hold'],
  completed: ['Hoàn thành', 'Completed'],
  cancelled: ['Hủy bỏ', 'Cancelled'],
  'entered-in-error': ['Nhập nhầm', 'Entered in error'],
  rejected: ['Không chấp nhận', 'Rejected'],
};

export const ACTIVITY_STATUS_LABELS: Labels = {
  'not-started': ['Chưa bắt đầu', 'Not started'],
  scheduled: ['Đã lên lịch', 'Scheduled'],
  'in-progress': ['Đang thực hiện', 'In progress'],
  'on-hold': ['Tạm dừng', 'On hold'],
  completed: ['Hoàn thành', 'Completed'],
  cancelled: ['Hủy bỏ', 'Cancelled'],
  stopped: ['Dừng hẳn', 'Stopped'],
  unknown: ['Không rõ', 'Unknown'],
  'entered-in-error': ['Nhập nhầm', 'Entered in error'],
};

export const ROLE_LABELS: Labels = {
  'social-worker': ['Cán bộ công tác xã hội', 'Social worker'],
  nurse: ['Điều dưỡng', 'Nurse'],
  doctor: ['Bác sĩ', 'Doctor'],
  'rehabilitation-technician': ['Kỹ thuật viên phục hồi chức năng', 'Rehabilitation technician'],
  teacher: ['Giáo viên', 'Teacher'],
  psychologist: ['Chuyên viên tâm lý', 'Psychologist'],
  caregiver: ['Nhân viên chăm sóc', 'Caregiver'],
  manager: ['Cán bộ quản lý', 'Manager'],
  other: ['Khác', 'Other'],
};

export const SIGN_OFF_LABELS: Labels = {
  team: ['Nhóm chăm sóc', 'Care team'],
  resident: ['Đối tượng', 'Resident'],
  guardian: ['Người giám hộ', 'Guardian'],
  director: ['Giám đốc phê duyệt', 'Director approval'],
};

export const PRIORITY_LABELS: Labels = {
  none: ['Không cần', 'None'],
  low: ['Thấp', 'Low'],
  medium: ['Trung bình', 'Medium'],
  high: ['Cao', 'High'],
};

/** The label of `value` in `labels`, or the value itself (a later contract may add values). */
export function label(labels: Labels, value: unknown, lang: Lang): string {
  if (typeof value !== 'string') return '';
  const pair = Object.hasOwn(labels, value) ? labels[value] : undefined;
  return pair ? pair[lang === 'vi' ? 0 : 1] : value;
}

/** `{ value, label }` options for an `<ansinh-select>`. */
export function options(labels: Labels, lang: Lang): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, pair]) => ({ value, label: pair[lang === 'vi' ? 0 : 1] }));
}

/** A message in both languages, as contract issues carry them. */
type Localized = { vi: string; en: string };

/** What a value is that JSON cannot hold. */
export const NOT_JSON_LABELS: Labels = {
  nan: ['NaN (không phải số)', 'NaN (not a number)'],
  infinity: ['vô cực (Infinity)', 'Infinity'],
  function: ['một hàm (function)', 'a function'],
  symbol: ['một symbol', 'a symbol'],
  bigint: ['số nguyên lớn (bigint)', 'a bigint'],
};

/**
 * Why a value handed in as `.plan` is not plain data, worded as contract issues are (the field is
 * named beside it). The contract checks shapes; these are what JSON itself rules out, and keys
 * that could reach an object's prototype.
 */
export const dataProblems = {
  forbiddenKey: (key: string): Localized => ({
    vi: `Không được dùng tên khóa "${key}": nó có thể làm sai lệch đối tượng của chương trình. Dữ liệu phải là JSON thuần.`,
    en: `The key "${key}" is not allowed: it can tamper with the program's objects. The data must be plain JSON.`,
  }),
  notJson: (kind: string): Localized => ({
    vi: `Không phải giá trị JSON: ${label(NOT_JSON_LABELS, kind, 'vi')}.`,
    en: `Not a JSON value: ${label(NOT_JSON_LABELS, kind, 'en')}.`,
  }),
  tooDeep: (levels: number): Localized => ({
    vi: `Dữ liệu lồng nhau quá ${levels} tầng: một kế hoạch không sâu như vậy.`,
    en: `The data is nested more than ${levels} levels deep: no plan is.`,
  }),
  cycle: {
    vi: 'Dữ liệu tự tham chiếu tới chính nó, nên không thể lưu hay gửi đi.',
    en: 'The data refers back to itself, so it cannot be stored or sent.',
  } satisfies Localized,
  tooLarge: (values: number): Localized => ({
    vi: `Dữ liệu quá lớn: hơn ${values.toLocaleString('vi-VN')} giá trị.`,
    en: `The data is too large: more than ${values.toLocaleString('en-GB')} values.`,
  }),
  unreadable: {
    vi: 'Không đọc được dữ liệu: cần một đối tượng JSON thuần.',
    en: 'The data could not be read: a plain JSON object is needed.',
  } satisfies Localized,
};

export const messages = defineMessages({
  vi: {
    title: 'Kế hoạch trợ giúp',
    untitled: 'Kế hoạch trợ giúp chưa đặt tên',
    resident: 'Mã đối tượng',
    planId: 'Mã kế hoạch',
    planTitle: 'Tên kế hoạch',
    periodStart: 'Từ ngày',
    periodEnd: 'Đến ngày',
    generalNotes: 'Ghi chú chung',
    process: 'Quy trình',
    currentStep: 'Bước hiện tại',
    stepOf: (n: number, total: number) => `Bước ${n}/${total}`,
    moveTo: (step: string) => `Chuyển sang: ${step}`,
    backTo: (step: string) => `Quay lại: ${step}`,
    closePlan: 'Kết thúc và lưu trữ hồ sơ',
    reopen: 'Mở lại để rà soát',
    needUser: 'Để chuyển bước, trang cần cho biết người đang dùng (thuộc tính user).',
    transitionNote: 'Ghi chú khi chuyển bước',
    history: 'Lịch sử chuyển bước',
    transitionBy: (from: string, to: string, by: string, at: string) => `${from} → ${to}: ${by}, ${at}`,
    movedTo: (step: string) => `Đã chuyển sang bước: ${step}.`,
    needs: 'Đánh giá nhu cầu',
    needsHint: 'Tóm tắt nhu cầu theo từng lĩnh vực.',
    addNeed: 'Thêm lĩnh vực',
    domain: 'Lĩnh vực',
    priority: 'Mức ưu tiên',
    summary: 'Tóm tắt',
    goals: 'Mục tiêu',
    goal: (n: number) => `Mục tiêu ${n}`,
    addGoal: 'Thêm mục tiêu',
    description: 'Mô tả mục tiêu',
    measure: 'Cách đo',
    target: 'Chỉ tiêu',
    dueDate: 'Hạn hoàn thành',
    status: 'Trạng thái',
    activities: 'Hoạt động',
    activity: (n: number) => `Hoạt động ${n}`,
    addActivity: 'Thêm hoạt động',
    what: 'Nội dung hoạt động',
    schedule: 'Tần suất, lịch',
    scheduleHint: 'Ví dụ: Thứ 2, 4, 6 lúc 8:00',
    responsible: 'Người phụ trách',
    start: 'Bắt đầu',
    end: 'Kết thúc',
    notesTitle: 'Ghi chép tiến triển',
    addNote: 'Thêm ghi chép',
    noteText: (date: string, author: string) => `Ghi chép ngày ${date} của ${author}`,
    noNotes: 'Chưa có ghi chép.',
    careTeam: 'Nhóm chăm sóc',
    addMember: 'Thêm thành viên',
    memberName: 'Họ và tên',
    role: 'Vai trò',
    signOffs: 'Chữ ký xác nhận',
    signAs: (who: string) => `Ghi nhận chữ ký: ${who}`,
    signedAt: (at: string) => `Đã ký ${at}`,
    notSigned: 'Chưa ký',
    residentOrGuardian: 'Đối tượng hoặc người giám hộ',
    signerName: 'Họ tên người ký',
    signerRole: 'Người ký là',
    director: 'Giám đốc',
    approve: 'Ghi nhận phê duyệt',
    approvedBy: (name: string, at: string) => `Đã phê duyệt: ${name}, ${at}`,
    removeSignOff: 'Xóa chữ ký',
    reviews: 'Lịch rà soát',
    addReview: 'Thêm lần rà soát',
    reviewDue: 'Ngày rà soát',
    reviewDone: 'Ngày đã rà soát',
    reviewBy: 'Người rà soát',
    reviewNotes: 'Kết quả rà soát',
    overdue: 'Quá hạn',
    overdueReviews: (n: number) => `${n} lần rà soát đã quá hạn.`,
    caseFile: 'Hồ sơ quản lý đối tượng',
    caseFileHint: 'Theo Thông tư 02/2020/TT-BLĐTBXH: số hồ sơ của cơ sở, người quản lý, các biểu mẫu của từng bước và việc kết thúc.',
    caseNumber: 'Số hồ sơ',
    caseManager: 'Người quản lý đối tượng',
    openedOn: 'Ngày mở hồ sơ',
    reviewEvery: 'Rà soát, báo cáo định kỳ',
    nextReview: (date: string) => `Lần rà soát định kỳ tiếp theo: ${date}.`,
    nextReviewLate: (date: string) => `Đã quá hạn rà soát định kỳ (hạn ${date}).`,
    stepRecords: 'Biểu mẫu các bước',
    recordForm: 'Biểu mẫu',
    recordDate: 'Ngày lập',
    recordBy: 'Người lập',
    recordReference: 'Số, nơi lưu',
    recordSummary: 'Tóm tắt',
    recordStep: (step: string) => `Bước: ${step}`,
    addRecord: 'Thêm biểu mẫu',
    closure: 'Kết thúc quản lý đối tượng',
    closureReason: 'Lý do kết thúc',
    closureDate: 'Ngày kết thúc',
    closureMeeting: 'Ngày họp kết thúc',
    closureRecord: 'Biên bản kết thúc (số)',
    followUpUntil: 'Theo dõi sau kết thúc đến ngày',
    closureDetail: 'Ghi chú kết thúc',
    remove: 'Xóa',
    removeItem: (what: string) => `Xóa ${what}`,
    moveUp: (what: string) => `Chuyển ${what} lên`,
    moveDown: (what: string) => `Chuyển ${what} xuống`,
    dragHandle: (what: string) => `Kéo để sắp xếp ${what} (hoặc Alt + mũi tên lên/xuống)`,
    moved: (what: string, pos: number, total: number) => `Đã chuyển ${what} tới vị trí ${pos}/${total}.`,
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    save: 'Lưu kế hoạch',
    saved: 'Đã lưu kế hoạch.',
    saveBlocked: (n: number) => `Chưa lưu được: còn ${n} lỗi cần sửa.`,
    saveFailed: 'Không lưu được kế hoạch. Bản nháp vẫn được giữ trên máy này.',
    conflictTitle: 'Chưa lưu:',
    conflict: 'người khác đã lưu kế hoạch này sau khi bạn mở nó. Các thay đổi của bạn vẫn còn nguyên ở đây.',
    reapply: 'Tải bản mới và áp dụng lại thay đổi của tôi',
    overwrite: 'Ghi đè bằng bản của tôi',
    reapplied: (clashes: number) =>
      clashes === 0
        ? 'Đã tải bản mới và áp dụng lại thay đổi của bạn. Hãy kiểm tra rồi lưu.'
        : `Đã tải bản mới và áp dụng lại thay đổi của bạn; ${clashes} chỗ cả hai cùng sửa, đang giữ bản của bạn. Hãy kiểm tra rồi lưu.`,
    reloadFailed: 'Không tải được bản mới. Các thay đổi của bạn vẫn còn ở đây; hãy thử lại.',
    print: 'In kế hoạch',
    unsaved: 'Có thay đổi chưa lưu',
    draftSaved: (at: string) => `Đã lưu nháp lúc ${at}`,
    draftFound: (at: string) => `Có bản nháp chưa lưu từ ${at}.`,
    restoreDraft: 'Khôi phục bản nháp',
    discardDraft: 'Bỏ bản nháp',
    draftRestored: 'Đã khôi phục bản nháp.',
    issuesTitle: (n: number) => `Kế hoạch có ${n} chỗ cần sửa`,
    issuesIntro: 'Kế hoạch vẫn mở được. Sửa các trường được đánh dấu; những gì bạn nhập không bị mất.',
    goToField: 'Tới trường này',
    issueCount: (n: number) => (n ? `Còn ${n} lỗi.` : 'Đã hết lỗi.'),
    noItems: 'Chưa có mục nào.',
    toolbar: 'Thao tác với kế hoạch',
    signature: 'Chữ ký',
    fullNameSign: '(Ký, ghi rõ họ tên)',
    dateLine: 'Ngày ...... tháng ...... năm ......',
    printedOn: (d: string) => `In ngày ${d}`,
    unknownUser: 'Không rõ',
    leaveWarning: 'Kế hoạch có thay đổi chưa lưu.',
  },
  en: {
    title: 'Care plan',
    untitled: 'Untitled care plan',
    resident: 'Resident ID',
    planId: 'Plan ID',
    planTitle: 'Plan title',
    periodStart: 'From',
    periodEnd: 'To',
    generalNotes: 'General notes',
    process: 'Process',
    currentStep: 'Current step',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    moveTo: (step: string) => `Move to: ${step}`,
    backTo: (step: string) => `Back to: ${step}`,
    closePlan: 'Close and archive the file',
    reopen: 'Reopen for review',
    needUser: 'To change step, the page must say who is using it (the user property).',
    transitionNote: 'Note for this step change',
    history: 'Step history',
    transitionBy: (from: string, to: string, by: string, at: string) => `${from} → ${to}: ${by}, ${at}`,
    movedTo: (step: string) => `Moved to step: ${step}.`,
    needs: 'Needs assessment',
    needsHint: 'Summary of needs by domain.',
    addNeed: 'Add domain',
    domain: 'Domain',
    priority: 'Priority',
    summary: 'Summary',
    goals: 'Goals',
    goal: (n: number) => `Goal ${n}`,
    addGoal: 'Add goal',
    description: 'Goal description',
    measure: 'Measure',
    target: 'Target',
    dueDate: 'Due date',
    status: 'Status',
    activities: 'Activities',
    activity: (n: number) => `Activity ${n}`,
    addActivity: 'Add activity',
    what: 'What',
    schedule: 'Frequency or schedule',
    scheduleHint: 'For example: Mon, Wed, Fri at 8:00',
    responsible: 'Responsible staff',
    start: 'Start',
    end: 'End',
    notesTitle: 'Progress notes',
    addNote: 'Add note',
    noteText: (date: string, author: string) => `Note of ${date} by ${author}`,
    noNotes: 'No notes yet.',
    careTeam: 'Care team',
    addMember: 'Add member',
    memberName: 'Full name',
    role: 'Role',
    signOffs: 'Sign-offs',
    signAs: (who: string) => `Record signature: ${who}`,
    signedAt: (at: string) => `Signed ${at}`,
    notSigned: 'Not signed',
    residentOrGuardian: 'Resident or guardian',
    signerName: 'Signer’s full name',
    signerRole: 'Signer is the',
    director: 'Director',
    approve: 'Record approval',
    approvedBy: (name: string, at: string) => `Approved: ${name}, ${at}`,
    removeSignOff: 'Remove signature',
    reviews: 'Review dates',
    addReview: 'Add review',
    reviewDue: 'Review due',
    reviewDone: 'Reviewed on',
    reviewBy: 'Reviewed by',
    reviewNotes: 'Review findings',
    overdue: 'Overdue',
    overdueReviews: (n: number) => (n === 1 ? '1 review is overdue.' : `${n} reviews are overdue.`),
    caseFile: 'Case file',
    caseFileHint: "Under Circular 02/2020/TT-BLĐTBXH: the facility's file number, the case manager, the forms of each step and the closure.",
    caseNumber: 'File number',
    caseManager: 'Case manager',
    openedOn: 'Opened on',
    reviewEvery: 'Periodic review and report',
    nextReview: (date: string) => `Next periodic review: ${date}.`,
    nextReviewLate: (date: string) => `The periodic review is overdue (due ${date}).`,
    stepRecords: 'Forms of each step',
    recordForm: 'Form',
    recordDate: 'Dated',
    recordBy: 'Made by',
    recordReference: 'Number or filed at',
    recordSummary: 'Summary',
    recordStep: (step: string) => `Step: ${step}`,
    addRecord: 'Add a form',
    closure: 'Closing the case',
    closureReason: 'Reason for closing',
    closureDate: 'Closed on',
    closureMeeting: 'Closure meeting on',
    closureRecord: 'Closure record (number)',
    followUpUntil: 'Follow-up until',
    closureDetail: 'Closure notes',
    remove: 'Remove',
    removeItem: (what: string) => `Remove ${what}`,
    moveUp: (what: string) => `Move ${what} up`,
    moveDown: (what: string) => `Move ${what} down`,
    dragHandle: (what: string) => `Drag to reorder ${what} (or Alt + arrow up/down)`,
    moved: (what: string, pos: number, total: number) => `Moved ${what} to position ${pos} of ${total}.`,
    undo: 'Undo',
    redo: 'Redo',
    save: 'Save plan',
    saved: 'Plan saved.',
    saveBlocked: (n: number) => (n === 1 ? 'Not saved: 1 error to fix.' : `Not saved: ${n} errors to fix.`),
    saveFailed: 'The plan could not be saved. The draft is still kept on this device.',
    conflictTitle: 'Not saved:',
    conflict: 'someone else saved this plan after you opened it. Your changes are all still here.',
    reapply: 'Load their version and reapply my changes',
    overwrite: 'Overwrite with my version',
    reapplied: (clashes: number) =>
      clashes === 0
        ? 'Loaded the newer version and reapplied your changes. Check them, then save.'
        : `Loaded the newer version and reapplied your changes; ${clashes} ${clashes === 1 ? 'place was' : 'places were'} changed by both, yours kept. Check them, then save.`,
    reloadFailed: 'The newer version could not be loaded. Your changes are still here; try again.',
    print: 'Print plan',
    unsaved: 'Unsaved changes',
    draftSaved: (at: string) => `Draft saved at ${at}`,
    draftFound: (at: string) => `There is an unsaved draft from ${at}.`,
    restoreDraft: 'Restore draft',
    discardDraft: 'Discard draft',
    draftRestored: 'Draft restored.',
    issuesTitle: (n: number) => (n === 1 ? 'The plan has 1 thing to fix' : `The plan has ${n} things to fix`),
    issuesIntro: 'The plan still opens. Fix the marked fields; nothing you type is lost.',
    goToField: 'Go to field',
    issueCount: (n: number) => (n ? `${n} error(s) left.` : 'No errors left.'),
    noItems: 'Nothing yet.',
    toolbar: 'Plan actions',
    signature: 'Signature',
    fullNameSign: '(Signature and full name)',
    dateLine: 'Date: ......................',
    printedOn: (d: string) => `Printed on ${d}`,
    unknownUser: 'Unknown',
    leaveWarning: 'The plan has unsaved changes.',
  },
});

export type CarePlanMessages = (typeof messages)['vi'];
