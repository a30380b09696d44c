/**
 * Mẫu số 2: Phiếu khảo sát ý kiến người bệnh ngoại trú (national online system v2).
 * Wordings: `moh-forms.md` §2 (primary source S1 `schema2.json`, checked against S2–S4, S8).
 * Items marked ⚠ there carry a `note`. The national outpatient payload has no ward field.
 */
import type { SurveyDefinition } from '../survey.js';
import type { LocalizedText } from '../shared.js';
// jscpd:ignore-start (the same shared items as the inpatient form: an import list, not a copy)
import {
  PATIENT_CLOSING,
  PATIENT_INSTRUCTION,
  PATIENT_INTRO,
  PATIENT_SCALE,
  PATIENT_SCALE_ID,
  PATIENT_SOURCE,
  PATIENT_SOURCE_NOTE,
  administeredByItem,
  ageOrBirthYearItem,
  filledOnItem,
  formNumberItem,
  h1Item,
  h2Item,
  insuranceItem,
  livingAreaItem,
  livingStandardItem,
  phoneItem,
  priceVersusQualityItem,
  rated,
  respondentItem,
  returnOrRecommendOptions,
  sexItem,
  surveyTypeItem,
  t,
} from './shared.js';
// jscpd:ignore-end

const r = (section: string, n: number, vi: string, en: string, note?: LocalizedText) =>
  rated(PATIENT_SCALE_ID, section, n, vi, en, note ? { note } : {});

const h1 = h1Item();
h1.note = t(
  'Dùng câu của phiếu nội trú (S2 mới), độ tin cậy trung bình; S1 diễn đạt lại.',
  'Uses the inpatient wording (newer S2), medium confidence; S1 paraphrases.',
);
const h2 = h2Item();
h2.note = h1.note;

export const mohOutpatient: SurveyDefinition = {
  id: 'moh-outpatient',
  version: 'v2',
  audience: 'outpatient',
  title: t('PHIẾU KHẢO SÁT Ý KIẾN NGƯỜI BỆNH NGOẠI TRÚ', 'OUTPATIENT SURVEY'),
  description: PATIENT_INTRO,
  closing: PATIENT_CLOSING,
  template: { id: 'moh-outpatient', version: 'v2', source: `Mẫu số 2; ${PATIENT_SOURCE}` },
  formNumber: t('BỘ Y TẾ / MẪU SỐ 2', 'MINISTRY OF HEALTH / FORM NO. 2'),
  sourceNote: PATIENT_SOURCE_NOTE,
  decisions: ['QĐ 3869/QĐ-BYT 2019', 'QĐ 56/QĐ-BYT 2024'],
  nationalForm: 'https://hailong.chatluongbenhvien.vn/nguoi-benh-ngoai-tru-v2',
  scales: [{ id: PATIENT_SCALE_ID, options: PATIENT_SCALE }],
  sections: [
    {
      id: 'meta',
      title: t('Thông tin phiếu', 'About this form'),
      items: [surveyTypeItem(), formNumberItem(), filledOnItem(), administeredByItem(), respondentItem()],
    },
    {
      id: 'info',
      title: t('THÔNG TIN NGƯỜI BỆNH', 'ABOUT THE PATIENT'),
      items: [
        sexItem('gioi_tuoi][gioi_tinh'),
        ageOrBirthYearItem(),
        { ...phoneItem('hca3'), note: t('S1 đặt câu này cuối khối, không đánh số.', 'S1 puts it unnumbered at the end of the block.') },
        {
          code: 'info.A4',
          type: 'number',
          text: t('Ước tính khoảng cách từ nơi sinh sống đến bệnh viện', 'Estimated distance from where you live to the hospital'),
          externalField: 'khoangcach',
          min: 0,
          unit: t('km', 'km'),
        },
        insuranceItem(
          'Ông/Bà có sử dụng thẻ BHYT cho lần khám bệnh này không?',
          'Did you use a health insurance card for this visit?',
          'baohiem',
        ),
        livingAreaItem(),
        livingStandardItem(),
        {
          code: 'info.A8',
          type: 'number',
          text: t(
            'Đây là lần khám bệnh thứ mấy của Ông/Bà tại bệnh viện?',
            'How many times have you visited this hospital for a consultation, including this time?',
          ),
          externalField: '8',
          min: 1,
          integer: true,
          note: t(
            'Một nguồn (S1); S2 chép câu của phiếu nội trú ("…lần điều trị thứ mấy… Lần thứ:").',
            'Single source (S1); S2 copies the inpatient text ("…lần điều trị thứ mấy… Lần thứ:").',
          ),
        },
      ],
    },
    {
      id: 'A',
      code: 'A',
      title: t('Khả năng tiếp cận', 'Accessibility'),
      description: PATIENT_INSTRUCTION,
      items: [
        r('A', 1, 'Các biển báo, chỉ dẫn đường đến bệnh viện rõ ràng, dễ nhìn, dễ tìm', 'Signs and directions to the hospital are clear, easy to see and easy to find', t('S1 có "Các biển báo, chỉ dẫn đường đến các khoa, phòng trong bệnh viện rõ ràng, dễ hiểu, dễ tìm", gần trùng A2, có lẽ là lỗi của S1.', 'S1 has "Các biển báo, chỉ dẫn đường đến các khoa, phòng trong bệnh viện rõ ràng, dễ hiểu, dễ tìm", nearly a duplicate of A2 and probably an error in S1.')),
        r('A', 2, 'Các sơ đồ, biển báo chỉ dẫn đường đến các khoa, phòng trong bệnh viện rõ ràng, dễ hiểu, dễ tìm', 'Maps and signs to the departments and rooms in the hospital are clear, easy to understand and easy to find'),
        r('A', 3, 'Các khối nhà, cầu thang được đánh số rõ ràng, dễ tìm', 'Buildings and stairs are clearly numbered and easy to find'),
        r('A', 4, 'Các lối đi trong bệnh viện, hành lang bằng phẳng, dễ đi', 'Paths and corridors in the hospital are level and easy to walk'),
        r('A', 5, 'Có thể tìm hiểu các thông tin và đăng ký khám qua điện thoại, trang tin điện tử của bệnh viện (website) thuận tiện', 'Information and booking are easily available by phone and on the hospital website', t('S3 bỏ "(website)"; S2 (cũ): "…tìm hiểu thông tin … qua điện thoại, website của bệnh viện thuận tiện".', 'S3 omits "(website)"; older S2: "…tìm hiểu thông tin … qua điện thoại, website của bệnh viện thuận tiện".')),
      ],
    },
    {
      id: 'B',
      code: 'B',
      title: t('Sự minh bạch thông tin và thủ tục khám bệnh, điều trị', 'Transparency of information and of examination and treatment procedures'),
      items: [
        r('B', 1, 'Quy trình khám bệnh được niêm yết rõ ràng, công khai, dễ hiểu', 'The consultation procedure is posted clearly and publicly and is easy to understand'),
        r('B', 2, 'Các quy trình, thủ tục khám bệnh đơn giản, thuận tiện', 'Consultation procedures and paperwork are simple and convenient', t('S2, S7, S8 có "…thủ tục khám bệnh được cải cách đơn giản, thuận tiện" (có lẽ là câu năm 2019); chưa rõ v2 có bỏ "được cải cách" hay không.', 'S2, S7 and S8 have "…thủ tục khám bệnh được cải cách đơn giản, thuận tiện" (probably the 2019 wording); whether v2 dropped "được cải cách" is unresolved.')),
        r('B', 3, 'Giá dịch vụ y tế niêm yết rõ ràng, công khai', 'Prices of health services are posted clearly and publicly'),
        r('B', 4, 'Nhân viên y tế tiếp đón, hướng dẫn người bệnh làm các thủ tục niềm nở, tận tình', 'Health workers welcome patients and guide them through the procedures warmly and attentively'),
        r('B', 5, 'Được xếp hàng theo thứ tự trước sau khi làm các thủ tục đăng ký, nộp tiền, khám bệnh, xét nghiệm, chiếu chụp', 'Patients are served in order of arrival for registration, payment, consultation, tests and imaging'),
        r('B', 6, 'Đánh giá thời gian chờ đợi làm thủ tục đăng ký khám', 'Rate the waiting time for registration'),
        r('B', 7, 'Đánh giá thời gian chờ tới lượt bác sỹ khám', 'Rate the waiting time until the doctor sees you'),
        r('B', 8, 'Đánh giá thời gian được bác sỹ khám và tư vấn', 'Rate the time the doctor spent examining and advising you'),
        r('B', 9, 'Đánh giá thời gian chờ làm xét nghiệm, chiếu chụp', 'Rate the waiting time for tests and imaging'),
        r('B', 10, 'Đánh giá thời gian chờ nhận kết quả xét nghiệm, chiếu chụp', 'Rate the waiting time for test and imaging results'),
      ],
    },
    {
      id: 'C',
      code: 'C',
      title: t('Cơ sở vật chất và phương tiện phục vụ người bệnh', 'Facilities and equipment for patients'),
      items: [
        r('C', 1, 'Có phòng/sảnh chờ khám sạch sẽ, thoáng mát vào mùa hè; kín gió và ấm áp vào mùa đông', 'The waiting room or hall is clean, cool and airy in summer, sheltered and warm in winter', t('S2 (cũ) bỏ cả hai chữ "vào".', 'Older S2 omits both "vào".')),
        r('C', 2, 'Phòng chờ có đủ ghế ngồi cho người bệnh và sử dụng tốt', 'The waiting room has enough seats for patients, in good condition'),
        r('C', 3, 'Phòng chờ có quạt (điều hòa) đầy đủ, hoạt động thường xuyên', 'The waiting room has enough fans (air conditioning), working all the time'),
        r('C', 4, 'Phòng chờ có các phương tiện giúp người bệnh có tâm lý thoải mái như ti-vi, tranh ảnh, tờ rơi, nước uống...', 'The waiting room has things that help patients feel at ease, such as a TV, pictures, leaflets, drinking water...', t('S2 (cũ) bỏ "có tâm lý".', 'Older S2 omits "có tâm lý".')),
        r('C', 5, 'Được bảo đảm sự riêng tư khi khám bệnh, chiếu chụp, làm thủ thuật', 'Privacy is ensured during consultations, imaging and procedures'),
        r('C', 6, 'Nhà vệ sinh thuận tiện, sử dụng tốt, sạch sẽ', 'Toilets are convenient, in good working order and clean'),
        r('C', 7, 'Môi trường trong khuôn viên bệnh viện xanh, sạch, đẹp', 'The hospital grounds are green, clean and pleasant'),
        r('C', 8, 'Khu khám bệnh bảo đảm an ninh, trật tự, phòng ngừa trộm cắp cho người dân', 'The outpatient area is secure and orderly and theft is prevented'),
      ],
    },
    {
      id: 'D',
      code: 'D',
      title: t('Thái độ ứng xử, năng lực chuyên môn của nhân viên y tế', 'Attitude and professional competence of health workers'),
      items: [
        r('D', 1, 'Nhân viên y tế (bác sỹ, điều dưỡng) có lời nói, thái độ, giao tiếp đúng mực', 'Health workers (doctors, nurses) speak, behave and communicate properly'),
        r('D', 2, 'Nhân viên phục vụ (hộ lý, bảo vệ, kế toán…) có lời nói, thái độ, giao tiếp đúng mực', 'Support staff (orderlies, guards, cashiers…) speak, behave and communicate properly'),
        r('D', 3, 'Được nhân viên y tế tôn trọng, đối xử công bằng, quan tâm, giúp đỡ', 'Health workers treat patients with respect, fairly, with care and help'),
        r('D', 4, 'Năng lực chuyên môn của bác sỹ, điều dưỡng đáp ứng mong đợi', 'The professional competence of doctors and nurses meets expectations'),
      ],
    },
    {
      id: 'E',
      code: 'E',
      title: t('Kết quả cung cấp dịch vụ', 'Results of the services'),
      items: [
        r('E', 1, 'Kết quả khám bệnh đã đáp ứng được nguyện vọng của Ông/Bà', 'The result of the consultation met your wishes', t('S4 bỏ "của Ông/Bà"; S2 (cũ) bỏ "đã".', 'S4 omits "của Ông/Bà"; older S2 omits "đã".')),
        r('E', 2, 'Các hóa đơn, phiếu thu, đơn thuốc và kết quả khám bệnh được cung cấp đầy đủ, rõ ràng, minh bạch và được giải thích nếu có thắc mắc', 'Invoices, receipts, prescriptions and results are provided fully, clearly and transparently, and explained if you have questions', t('S4: "…đơn thuốc, kết quả xét nghiệm được cung cấp đầy đủ, rõ ràng"; S2 (cũ) diễn đạt lại.', 'S4: "…đơn thuốc, kết quả xét nghiệm được cung cấp đầy đủ, rõ ràng"; older S2 paraphrases.')),
        r('E', 3, 'Đánh giá mức độ tin tưởng về chất lượng dịch vụ y tế', 'Rate how much you trust the quality of the health services'),
        r('E', 4, 'Đánh giá mức độ hài lòng về giá cả dịch vụ y tế', 'Rate how satisfied you are with the prices of the health services'),
        {
          ...priceVersusQualityItem('E5'),
          note: t('Mới trong v2; phiếu năm 2019 (S8) không có câu này.', 'New in v2; the 2019 form (S8) does not have it.'),
        },
      ],
    },
    {
      id: 'G',
      code: 'G',
      title: t('Đánh giá chung', 'Overall assessment'),
      items: [
        {
          code: 'G1',
          type: 'number',
          text: t(
            'Đánh giá chung, bệnh viện đã đáp ứng được bao nhiêu % so với mong đợi của Ông/Bà trước khi tới khám bệnh?',
            'Overall, what percentage of your expectations before the visit did the hospital meet?',
          ),
          help: t(
            'Điền số từ 0 đến 100 hoặc có thể điền trên 100 nếu bệnh viện vượt quá mong đợi của Ông/Bà.',
            'Enter a number from 0 to 100, or above 100 if the hospital did better than you expected.',
          ),
          externalField: 'danh_gia][z1',
          min: 0,
          unit: t('%', '%'),
          note: t(
            'Câu theo nhãn giao diện của S2; tiêu đề cột S2: "Đánh giá chung bệnh viện đã đáp ứng… so với mong đợi trước khi tới khám bệnh?"; S1 (F1): "Bệnh viện đã đáp ứng được bao nhiêu %…". Lời hướng dẫn điền số là của chúng tôi, theo phiếu nội trú.',
            'Wording from the S2 UI label; S2 header: "Đánh giá chung bệnh viện đã đáp ứng… so với mong đợi trước khi tới khám bệnh?"; S1 (F1): "Bệnh viện đã đáp ứng được bao nhiêu %…". The help text is ours, adapted from the inpatient form.',
          ),
        },
        {
          code: 'G2',
          type: 'single',
          text: t(
            'Nếu có nhu cầu khám bệnh, Ông/Bà có quay trở lại hoặc giới thiệu cho người khác đến không?',
            'If you need a consultation again, would you come back or recommend the hospital to others?',
          ),
          externalField: 'danh_gia][z2][select',
          allowOther: true,
          options: returnOrRecommendOptions(),
        },
      ],
    },
    {
      id: 'H',
      code: 'H',
      title: t('Ý kiến khác', 'Other comments'),
      items: [h1, h2],
    },
  ],
};

export default mohOutpatient;
