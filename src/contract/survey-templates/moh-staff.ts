/**
 * Mẫu số 3: Phiếu khảo sát ý kiến nhân viên y tế (QĐ 3869/QĐ-BYT 2019; no v2 exists).
 * Wordings: `moh-forms.md` §3 (primary source S6, checked against S2 and S7). Items marked ⚠
 * there carry a `note`. The printed introduction was not found in any source, so the form has
 * no `description`.
 */
import type { ScaleOption, SurveyDefinition, SurveyItem } from '../survey.js';
import type { LocalizedText } from '../shared.js';
import { STAFF_SCALE, STAFF_SCALE_ID, STAFF_SOURCE, STAFF_SOURCE_NOTE, filledOnItem, formNumberItem, rated, sexItem, surveyTypeItem, t } from './shared.js';

const r = (section: string, n: number, vi: string, en: string, note?: LocalizedText) =>
  rated(STAFF_SCALE_ID, section, n, vi, en, note ? { note } : {});

const o = (value: number, vi: string, en: string): ScaleOption => ({ value, externalValue: value, score: null, label: t(vi, en) });

const choice = (code: string, vi: string, en: string, externalField: string, options: ScaleOption[], extra: Partial<SurveyItem> = {}): SurveyItem =>
  ({ code, type: 'single', text: t(vi, en), externalField, options, ...extra }) as SurveyItem;

const num = (code: string, vi: string, en: string, externalField: string, extra: Record<string, unknown> = {}): SurveyItem =>
  ({ code, type: 'number', text: t(vi, en), externalField, min: 0, integer: true, ...extra }) as SurveyItem;

export const mohStaff: SurveyDefinition = {
  id: 'moh-staff',
  version: '2019',
  audience: 'staff',
  title: t('PHIẾU KHẢO SÁT Ý KIẾN NHÂN VIÊN Y TẾ', 'HEALTH WORKER SURVEY'),
  closing: t(
    'Xin chân thành cảm ơn sự nhiệt tình cung cấp thông tin của Quý đồng nghiệp!',
    'Thank you, dear colleague, for kindly sharing your views!',
  ),
  template: { id: 'moh-staff', version: '2019', source: `Mẫu số 3; ${STAFF_SOURCE}` },
  formNumber: t('BỘ Y TẾ / MẪU SỐ 3', 'MINISTRY OF HEALTH / FORM NO. 3'),
  sourceNote: STAFF_SOURCE_NOTE,
  decisions: ['QĐ 3869/QĐ-BYT 2019'],
  nationalForm: 'https://hailong.chatluongbenhvien.vn/content/3-khao-sat-y-kien-nhan-vien-y-te',
  // The form addresses staff as "Quý đồng nghiệp" (its closing line), not "Ông/Bà" as the patient forms.
  reasonPrompt: t('Vì sao Quý đồng nghiệp chưa hài lòng?', 'Why were you not satisfied?'),
  closingNote: t('Lời cảm ơn chỉ có ở một nguồn (S6).', 'The closing line rests on a single source (S6).'),
  scales: [{ id: STAFF_SCALE_ID, options: STAFF_SCALE }],
  sections: [
    {
      id: 'meta',
      title: t('Thông tin phiếu', 'About this form'),
      items: [
        surveyTypeItem(),
        formNumberItem(),
        filledOnItem(),
        {
          code: 'meta.ward',
          type: 'text',
          text: t('Khoa phòng của nhân viên', "Staff member's department"),
          metadataField: 'wardCode',
          maxLength: 200,
          note: t(
            'Chỉ thấy ở tiêu đề cột của S2; nhãn chính thức trên hệ thống quốc gia chưa được xác nhận.',
            'Seen only as an S2 column header; the exact national label is not confirmed.',
          ),
        },
      ],
    },
    {
      id: 'info',
      title: t('THÔNG TIN NGƯỜI ĐIỀN PHIẾU', 'ABOUT YOU'),
      items: [
        sexItem('gioi_tuoi][gioi_tinh', t('Giao diện S6 chỉ có Nam/Nữ; bảng mã của S6 có Khác = 3.', "S6's UI shows only Male/Female; S6's server map has Khác = 3.")),
        num('info.A2', 'Tuổi', 'Age', 'gioi_tuoi][tuoi'),
        choice('info.A3', 'Chuyên môn đào tạo chính', 'Main professional training', 'chuyenmon][select', [
          o(1, 'Bác sỹ', 'Doctor'),
          o(2, 'Dược sỹ', 'Pharmacist'),
          o(3, 'Điều dưỡng, hộ sinh', 'Nurse, midwife'),
          o(4, 'Kỹ thuật viên', 'Technician'),
          o(5, 'Khác', 'Other'),
        ], { allowOther: true }),
        choice('info.A4', 'Bằng cấp cao nhất của Ông/Bà', 'Your highest qualification', 'bangcap][select', [
          o(1, 'Trung cấp', 'Vocational secondary'),
          o(2, 'Cao đẳng', 'College'),
          o(3, 'Đại học', 'University'),
          o(4, 'Cao học, CKI', "Master's, specialist level I"),
          o(5, 'Tiến sỹ, CKII', 'Doctorate, specialist level II'),
          o(6, 'Khác', 'Other'),
        ], { allowOther: true }),
        num('info.A5', 'Số năm công tác trong ngành Y', 'Years working in the health sector', 'namcongtac', {
          unit: t('năm', 'years'),
          note: t('S6 thêm gợi ý "(từ 1 năm 6 tháng sẽ ghi là 2)".', 'S6 adds the hint "(từ 1 năm 6 tháng sẽ ghi là 2)".'),
        }),
        num('info.A6', 'Số năm công tác tại bệnh viện hiện nay', 'Years working at this hospital', 'nambv', {
          unit: t('năm', 'years'),
          note: t('S6 thêm gợi ý "(dưới 1 năm 5 tháng sẽ ghi là 1)".', 'S6 adds the hint "(dưới 1 năm 5 tháng sẽ ghi là 1)".'),
        }),
        choice('info.A7', 'Vị trí công tác hiện tại', 'Current position', 'vitri][select', [
          o(1, 'Lãnh đạo bệnh viện', 'Hospital management'),
          o(2, 'Trưởng khoa/phòng/ trung tâm', 'Head of department/office/centre'),
          o(3, 'Phó khoa/phòng', 'Deputy head of department/office'),
          o(4, 'Điều dưỡng/Hộ sinh/KTV trưởng', 'Head nurse/midwife/technician'),
          o(5, 'NV biên chế/hợp đồng dài hạn', 'Permanent staff / long-term contract'),
          o(6, 'Hợp đồng ngắn hạn', 'Short-term contract'),
          o(7, 'Khác', 'Other'),
        ], {
          allowOther: true,
          note: t(
            'Đang tranh chấp: S2 (cả hai bản) có 7 phương án; S6 có 6 phương án, không có "Điều dưỡng/Hộ sinh/KTV trưởng", nhưng chính S6 gọi bảng mã của mình là "placeholder". Giá trị gửi hệ thống quốc gia của phương án 4–7 chưa được xác nhận.',
            'Disputed: S2 (both versions) has 7 options; S6 has 6, without "Điều dưỡng/Hộ sinh/KTV trưởng", but S6 calls its own map a "placeholder". The national values of options 4–7 are not confirmed.',
          ),
        }),
        choice('info.A8', 'Phạm vi hoạt động chuyên môn', 'Field of professional activity', 'phamvi][select', [
          o(1, 'Khối hành chính', 'Administration'),
          o(2, 'Cận lâm sàng', 'Paraclinical'),
          o(3, 'Nội', 'Internal medicine'),
          o(4, 'Ngoại', 'Surgery'),
          o(5, 'Sản', 'Obstetrics'),
          o(6, 'Nhi', 'Paediatrics'),
          o(7, 'Truyền nhiễm', 'Infectious diseases'),
          o(8, 'Chuyên khoa lẻ (mắt, TMH, RHM…)', 'Other specialties (eyes, ENT, dentistry…)'),
          o(9, 'Các khoa không trực tiếp KCB', 'Departments not directly treating patients'),
          o(10, 'Dược', 'Pharmacy'),
          o(11, 'Dự phòng', 'Prevention'),
          o(12, 'Khác', 'Other'),
        ], { allowOther: true }),
        choice('info.A9', 'Anh/Chị có được phân công kiêm nhiệm nhiều công việc không?', 'Are you assigned several jobs at once?', 'kiemnhiem', [
          o(1, 'Không kiêm nhiệm', 'No other job'),
          o(2, 'Kiêm nhiệm 2 công việc', 'Two jobs'),
          o(3, 'Kiêm nhiệm từ 3 công việc trở lên', 'Three jobs or more'),
        ]),
        num('info.A10', 'Trung bình Anh/Chị trực mấy lần trong một tháng?', 'On average, how many on-call duties do you do a month?', 'truc', {
          unit: t('lần', 'times'),
        }),
      ],
    },
    {
      id: 'A',
      code: 'A',
      title: t('Sự hài lòng về môi trường làm việc', 'Satisfaction with the work environment'),
      description: t(
        'Quý đồng nghiệp đánh dấu vào mức độ từ 1 đến 5, tương ứng với mức độ hài lòng hoặc nhận xét từ rất kém đến rất tốt cho từng câu hỏi dưới đây:',
        'Dear colleague, mark a level from 1 to 5 for each question below, matching how satisfied you are or how you rate it, from very poor to very good:',
      ),
      instructionNote: t('Lời hướng dẫn chỉ có ở một nguồn (S6), có thể đã được diễn đạt lại.', 'The instruction rests on a single source (S6) and may be paraphrased.'),
      items: [
        r('A', 1, 'Phòng làm việc khang trang, sạch sẽ, thoáng mát', 'The workroom is spacious, clean and airy'),
        r('A', 2, 'Trang thiết bị văn phòng, bàn ghế làm việc... đầy đủ, các thiết bị cũ, lạc hậu được thay thế kịp thời', 'Office equipment, desks and chairs... are sufficient, and old or outdated equipment is replaced in time', t('S2 (tiêu đề cũ): "…bàn ghế làm việc đầy đủ; các thiết bị cũ…".', 'Older S2 header: "…bàn ghế làm việc đầy đủ; các thiết bị cũ…".')),
        r('A', 3, 'Có bố trí phòng trực cho NVYT', 'There is an on-call room for health workers'),
        r('A', 4, 'Phân chia thời gian trực và làm việc ngoài giờ hành chính hợp lý', 'On-call and out-of-hours work is shared out reasonably'),
        r('A', 5, 'Các trang bị bảo hộ cho NVYT (quần áo, khẩu trang, găng tay..) đầy đủ, không bị cũ, nhàu nát, không bị hạn chế sử dụng', 'Protective equipment for health workers (clothing, masks, gloves..) is sufficient, not worn or crumpled, and not rationed'),
        r('A', 6, 'Môi trường học tập tạo điều kiện cho NVYT cập nhật kiến thức, nâng cao trình độ: thư viện, phòng đọc, tra cứu thông tin, truy cập internet...', 'The learning environment helps health workers keep their knowledge up to date and improve their skills: library, reading room, information search, internet access...'),
        r('A', 7, 'Môi trường làm việc bảo đảm an toàn cho NVYT', 'The work environment is safe for health workers'),
        r('A', 8, 'Bệnh viện bảo đảm an ninh, trật tự cho NVYT làm việc', 'The hospital keeps security and order so health workers can work'),
        r('A', 9, 'Người bệnh và người nhà có thái độ tôn trọng, hợp tác với NVYT trong quá trình điều trị', 'Patients and relatives are respectful and cooperate with health workers during treatment'),
      ],
    },
    {
      id: 'B',
      code: 'B',
      title: t('Sự hài lòng về lãnh đạo trực tiếp, đồng nghiệp', 'Satisfaction with direct managers and colleagues'),
      items: [
        r('B', 1, 'Lãnh đạo có năng lực xử lý, điều hành, giải quyết công việc hiệu quả', 'Managers handle, run and resolve work effectively', t('Tiêu đề cột S2 (cả hai bản) và S7 dừng ở "…xử lý, điều hành".', 'S2 headers (both versions) and S7 end at "…xử lý, điều hành".')),
        r('B', 2, 'Lãnh đạo phân công công việc phù hợp với chuyên môn đào tạo của nhân viên', "Managers assign work that matches staff members' training"),
        r('B', 3, 'Lãnh đạo quan tâm, tôn trọng, đối xử bình đẳng với các NVYT', 'Managers care about, respect and treat health workers equally'),
        r('B', 4, 'Lãnh đạo lắng nghe và tiếp thu ý kiến đóng góp NVYT', "Managers listen to and take on board health workers' suggestions", t('S2 (tiêu đề cũ): "…ý kiến đóng góp của NVYT".', 'Older S2 header: "…ý kiến đóng góp của NVYT".')),
        r('B', 5, 'Lãnh đạo động viên, khích lệ nhân viên khi hoàn thành tốt nhiệm vụ, có tiến bộ trong công việc', 'Managers encourage staff who do their tasks well or make progress at work'),
        r('B', 6, 'Đồng nghiệp có ý thức hợp tác để hoàn thành nhiệm vụ chung', 'Colleagues cooperate to get shared tasks done'),
        r('B', 7, 'Môi trường làm việc thân thiện, đoàn kết', 'The workplace is friendly and united'),
        r('B', 8, 'Đồng nghiệp chia sẻ kinh nghiệm, giúp đỡ nhau trong công việc', 'Colleagues share experience and help each other at work'),
        r('B', 9, 'Đồng nghiệp quan tâm, giúp đỡ nhau trong cuộc sống', 'Colleagues care for and help each other in life'),
      ],
    },
    {
      id: 'C',
      code: 'C',
      title: t('Sự hài lòng về quy chế nội bộ, tiền lương, phúc lợi', 'Satisfaction with internal rules, pay and welfare'),
      items: [
        r('C', 1, 'Các quy định, quy chế làm việc nội bộ của bệnh viện rõ ràng, thực tế và công khai', "The hospital's internal rules and regulations are clear, practical and public"),
        r('C', 2, 'Môi trường làm việc tại khoa/phòng và bệnh viện dân chủ', 'The department and the hospital are run democratically'),
        r('C', 3, 'Quy chế chi tiêu nội bộ công bằng, hợp lý, công khai', 'The internal spending rules are fair, reasonable and public'),
        r('C', 4, 'Việc phân phối quỹ phúc lợi công bằng, công khai', 'The welfare fund is shared out fairly and openly'),
        r('C', 5, 'Mức lương tương xứng so với năng lực và cống hiến', 'Pay matches ability and contribution'),
        r('C', 6, 'Chế độ phụ cấp nghề và độc hại xứng đáng so với cống hiến', 'Occupational and hazard allowances are worthy of the contribution'),
        r('C', 7, 'Thưởng và thu nhập tăng thêm ABC xứng đáng so với cống hiến', 'Bonuses and additional income (ABC) are worthy of the contribution', t('S2 (tiêu đề cũ) bỏ "ABC"; "ABC" là một phần của câu trên hệ thống quốc gia.', 'Older S2 header drops "ABC"; "ABC" is part of the national text.')),
        r('C', 8, 'Cách phân chia thu nhập tăng thêm công bằng, khuyến khích nhân viên làm việc tích cực', 'Additional income is shared fairly and encourages staff to work actively'),
        r('C', 9, 'Bảo đảm đóng BHXH, BHYT, khám sức khỏe định kỳ và các hình thức hỗ trợ ốm đau, thai sản đầy đủ', 'Social and health insurance contributions, regular health checks and sickness and maternity support are fully provided'),
        r('C', 10, 'Tổ chức tham quan, nghỉ dưỡng đầy đủ', 'Trips and holidays are organised adequately'),
        r('C', 11, 'Có phong trào thể thao, văn nghệ tích cực', 'Sports and cultural activities are lively'),
        r('C', 12, 'Công đoàn bệnh viện hoạt động tích cực', 'The hospital trade union is active'),
      ],
    },
    {
      id: 'D',
      code: 'D',
      title: t('Sự hài lòng về công việc, cơ hội học tập và thăng tiến', 'Satisfaction with the job and with learning and promotion opportunities'),
      items: [
        r('D', 1, 'Khối lượng công việc được giao phù hợp', 'The workload assigned is appropriate'),
        r('D', 2, 'Công việc chuyên môn đáp ứng nguyện vọng bản thân', 'The professional work matches my aspirations'),
        r('D', 3, 'Bệnh viện tạo điều kiện cho NVYT nâng cao trình độ chuyên môn', 'The hospital helps health workers improve their professional skills'),
        r('D', 4, 'Bệnh viện tạo điều kiện cho NVYT học tiếp các bậc cao hơn', 'The hospital helps health workers study for higher degrees'),
        r('D', 5, 'Công khai các tiêu chuẩn cho các chức danh lãnh đạo', 'The criteria for management posts are public'),
        r('D', 6, 'Bổ nhiệm các chức danh lãnh đạo dân chủ, công bằng', 'Appointments to management posts are democratic and fair'),
        r('D', 7, 'Có cơ hội thăng tiến khi nỗ lực làm việc', 'There are chances of promotion for those who work hard'),
      ],
    },
    {
      id: 'E',
      code: 'E',
      title: t('Sự hài lòng chung về bệnh viện', 'Overall satisfaction with the hospital'),
      items: [
        r('E', 1, 'Cảm thấy tự hào khi được làm việc tại bệnh viện', 'I feel proud to work at the hospital'),
        r('E', 2, 'Đạt được những thành công cá nhân khi làm việc tại bệnh viện', 'I achieve personal success working at the hospital'),
        r('E', 3, 'Tin tưởng vào sự phát triển của bệnh viện trong tương lai', "I believe in the hospital's future development", t('S6 và S2 (câu cũ) có dấu chấm lạc: "…của bệnh viện. trong tương lai"; đã bỏ.', 'S6 and older S2 text have a stray full stop: "…của bệnh viện. trong tương lai"; dropped.')),
        r('E', 4, 'Sẽ gắn bó làm việc tại khoa, phòng hiện tại lâu dài', 'I will stay in my current department for a long time', t('S2 (tiêu đề cũ) và S7: "khoa/phòng".', 'Older S2 header and S7: "khoa/phòng".')),
        r('E', 5, 'Sẽ gắn bó làm việc tại bệnh viện lâu dài', 'I will stay at the hospital for a long time'),
        r('E', 6, 'Mức độ hài lòng nói chung về lãnh đạo bệnh viện', 'Overall satisfaction with the hospital management'),
        r('E', 7, 'Tự đánh giá về mức độ hoàn thành công việc tại bệnh viện', 'Self-assessment of how well I fulfil my work at the hospital'),
      ],
    },
    {
      id: 'G',
      code: 'G',
      title: t('Ý kiến khác', 'Other comments'),
      items: [
        {
          code: 'G',
          type: 'longtext',
          text: t(
            'Anh/Chị có ý kiến hoặc đề xuất nào khác với Bộ Y tế và lãnh đạo bệnh viện?',
            'Do you have any other opinion or proposal for the Ministry of Health and the hospital management?',
          ),
          externalField: 'y_kien_khac][ykien',
          maxLength: 2000,
        },
      ],
    },
  ],
};

export default mohStaff;
