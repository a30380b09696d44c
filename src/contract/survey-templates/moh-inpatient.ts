/**
 * Mẫu số 1: Phiếu khảo sát sự hài lòng người bệnh nội trú (national online system v2).
 * Wordings: `moh-forms.md` §1 (primary source S1, checked against S2–S5). Items marked ⚠ there
 * carry a `note`.
 */
import type { SurveyDefinition } from '../survey.js';
import type { LocalizedText } from '../shared.js';
import {
  G1_HELP,
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

const r = (section: string, n: number, vi: string, en: string, note?: LocalizedText) =>
  rated(PATIENT_SCALE_ID, section, n, vi, en, note ? { note } : {});

export const mohInpatient: SurveyDefinition = {
  id: 'moh-inpatient',
  version: 'v2',
  audience: 'inpatient',
  title: t('PHIẾU KHẢO SÁT SỰ HÀI LÒNG NGƯỜI BỆNH NỘI TRÚ', 'INPATIENT SATISFACTION SURVEY'),
  description: PATIENT_INTRO,
  closing: PATIENT_CLOSING,
  template: { id: 'moh-inpatient', version: 'v2', source: `Mẫu số 1; ${PATIENT_SOURCE}` },
  formNumber: t('BỘ Y TẾ / MẪU SỐ 1', 'MINISTRY OF HEALTH / FORM NO. 1'),
  sourceNote: PATIENT_SOURCE_NOTE,
  decisions: ['QĐ 3869/QĐ-BYT 2019', 'QĐ 56/QĐ-BYT 2024'],
  nationalForm: 'https://hailong.chatluongbenhvien.vn/nguoi-benh-noi-tru-v2',
  scales: [{ id: PATIENT_SCALE_ID, options: PATIENT_SCALE }],
  sections: [
    {
      id: 'meta',
      title: t('Thông tin phiếu', 'About this form'),
      items: [
        surveyTypeItem(),
        formNumberItem(),
        filledOnItem(),
        administeredByItem(),
        respondentItem(),
        {
          code: 'meta.ward',
          type: 'text',
          text: t('Khoa nằm điều trị trước ra viện', 'Ward of treatment before discharge'),
          help: t('Bệnh viện có thể thay bằng danh sách khoa của mình.', 'A hospital can replace this with its own list of wards.'),
          externalField: 'ttp][kmk][khoa_phong',
          metadataField: 'wardCode',
          maxLength: 200,
        },
      ],
    },
    {
      id: 'info',
      title: t('THÔNG TIN NGƯỜI BỆNH', 'ABOUT THE PATIENT'),
      items: [
        sexItem('gioi_tuoi][gioi_tinh', t('S5 chỉ có Nam/Nữ.', 'S5 has only Male/Female.')),
        ageOrBirthYearItem(),
        phoneItem('dien_thoai___ngay__nam_vien][hca3'),
        {
          code: 'info.A4',
          type: 'number',
          text: t('Số ngày nằm viện', 'Number of days in hospital'),
          externalField: 'dien_thoai___ngay__nam_vien][thoigian',
          min: 0,
          integer: true,
          unit: t('ngày', 'days'),
        },
        insuranceItem(
          'Ông/Bà có sử dụng thẻ BHYT cho lần điều trị này không?',
          'Did you use a health insurance card for this stay?',
          '5',
        ),
        livingAreaItem(),
        livingStandardItem(),
        {
          code: 'info.A8',
          type: 'number',
          text: t(
            'Đây là lần điều trị thứ mấy của Ông/Bà tại bệnh viện? Lần thứ:',
            'How many times have you been treated at this hospital, including this time? Number:',
          ),
          externalField: '8',
          min: 1,
          integer: true,
        },
      ],
    },
    {
      id: 'A',
      code: 'A',
      title: t('Khả năng tiếp cận', 'Accessibility'),
      description: PATIENT_INSTRUCTION,
      items: [
        r('A', 1, 'Các sơ đồ, biển báo chỉ dẫn đường đến các khoa, phòng và thông báo giờ khám, chữa bệnh, giờ vào thăm rõ ràng, dễ hiểu', 'Maps and signs to the wards and rooms, and notices of consultation and visiting hours, are clear and easy to understand'),
        r('A', 2, 'Các tòa nhà, cầu thang bộ, thang máy, buồng bệnh được đánh số và hướng dẫn rõ ràng, dễ tìm', 'Buildings, stairs, lifts and patient rooms are numbered and signposted clearly and are easy to find'),
        r('A', 3, 'Các lối đi trong bệnh viện, hành lang bằng phẳng, an toàn, dễ đi', 'Paths and corridors in the hospital are level, safe and easy to walk'),
        r('A', 4, 'Thời gian chờ đợi thang máy, làm thủ tục và chờ đợi trong quá trình khám, chữa bệnh chấp nhận được', 'Waiting times for lifts, paperwork and during examination and treatment are acceptable'),
        r('A', 5, 'Người bệnh hỏi và gọi được nhân viên y tế khi cần thiết', 'Patients can ask and call health workers when needed'),
      ],
    },
    {
      id: 'B',
      code: 'B',
      title: t('Sự minh bạch thông tin và thủ tục khám bệnh, điều trị', 'Transparency of information and of examination and treatment procedures'),
      items: [
        r('B', 1, 'Quy trình, thủ tục hành chính (nhập, xuất viện, chuyển viện, chuyển khoa…) rõ ràng, công khai, thuận tiện', 'Administrative procedures (admission, discharge, transfer to another hospital or ward…) are clear, public and convenient'),
        r('B', 2, 'Giá dịch vụ y tế được niêm yết, thông báo công khai ở vị trí dễ quan sát, dễ đọc, dễ hiểu và được tư vấn, giải thích các chi phí cao nếu có', 'Prices of health services are posted publicly where they are easy to see, read and understand, and high costs, if any, are explained'),
        r('B', 3, 'Quy trình, thời gian làm thủ tục thanh toán viện phí khi ra viện rõ ràng, công khai, thuận tiện', 'The procedure and time for paying hospital fees at discharge are clear, public and convenient'),
        r('B', 4, 'Được phổ biến về nội quy và những thông tin cần thiết khi nằm viện rõ ràng, đầy đủ', 'Hospital rules and the information needed during the stay are explained clearly and fully'),
        r('B', 5, 'Được giải thích về tình trạng bệnh, phương pháp và thời gian dự kiến điều trị rõ ràng, đầy đủ', 'The illness, the treatment method and the expected treatment time are explained clearly and fully'),
        r('B', 6, 'Được giải thích, tư vấn trước khi yêu cầu làm các xét nghiệm, thăm dò, kỹ thuật cao rõ ràng, đầy đủ', 'Tests, investigations and high-tech procedures are explained clearly and fully before they are ordered'),
        r('B', 7, 'Được công khai và cập nhật thông tin về dùng thuốc và chi phí điều trị', 'Information on medicines used and treatment costs is disclosed and kept up to date'),
      ],
    },
    {
      id: 'C',
      code: 'C',
      title: t('Cơ sở vật chất và phương tiện phục vụ người bệnh', 'Facilities and equipment for patients'),
      items: [
        r('C', 1, 'Buồng bệnh khang trang, sạch sẽ, có đầy đủ các thiết bị điều chỉnh nhiệt độ phù hợp như quạt, máy sưởi, hoặc điều hòa', 'Patient rooms are spacious and clean, with suitable equipment to control the temperature such as fans, heaters or air conditioning', t('S4 không có dấu phẩy trước "hoặc".', 'S4 has no comma before "hoặc".')),
        r('C', 2, 'Buồng bệnh yên tĩnh, bảo đảm an toàn, an ninh, trật tự, phòng ngừa trộm cắp, yên tâm khi nằm viện', 'Patient rooms are quiet, safe, secure and orderly, theft is prevented, and patients feel at ease during the stay'),
        r('C', 3, 'Giường bệnh, ga, gối đầy đủ cho mỗi người một giường, chắc chắn, sử dụng tốt', 'Beds, sheets and pillows are sufficient, one bed per person, sturdy and in good working order'),
        r('C', 4, 'Được cung cấp quần áo đầy đủ, sạch sẽ', 'Enough clean clothes are provided'),
        r('C', 5, 'Nhà vệ sinh, nhà tắm thuận tiện, sạch sẽ, sử dụng tốt', 'Toilets and bathrooms are convenient, clean and in good working order'),
        r('C', 6, 'Được cung cấp đầy đủ nước uống nóng, lạnh ngay tại khoa điều trị', 'Enough hot and cold drinking water is provided in the ward'),
        r('C', 7, 'Người bệnh và người nhà người bệnh truy cập được mạng internet không dây (wifi) ngay tại buồng bệnh', 'Patients and their relatives can use wireless internet (wifi) in the patient room'),
        r('C', 8, 'Được bảo đảm sự riêng tư khi nằm viện như thay quần áo, khám bệnh, đi vệ sinh tại giường… có rèm che, vách ngăn hoặc nằm riêng', 'Privacy is ensured during the stay, e.g. when changing clothes, being examined or using a bedpan…, with curtains, partitions or a separate bed', t('S3 diễn đạt lại câu này.', 'S3 paraphrases this item.')),
        r('C', 9, 'Căng-tin bệnh viện phục vụ ăn uống và nhu cầu sinh hoạt thiết yếu đầy đủ và chất lượng', 'The hospital canteen provides food, drink and essential daily needs, sufficient and of good quality'),
        r('C', 10, 'Môi trường trong khuôn viên bệnh viện xanh, sạch, đẹp', 'The hospital grounds are green, clean and pleasant'),
        r('C', 11, 'Được cung cấp phương tiện vận chuyển nội viện như xe lăn, cáng, xe điện đầy đủ, kịp thời, sử dụng tốt khi có nhu cầu', 'Transport within the hospital, such as wheelchairs, stretchers and electric carts, is available when needed, on time and in good working order', t('S3 diễn đạt lại câu này.', 'S3 paraphrases this item.')),
      ],
    },
    {
      id: 'D',
      code: 'D',
      title: t('Thái độ ứng xử, năng lực chuyên môn của nhân viên y tế', 'Attitude and professional competence of health workers'),
      items: [
        r('D', 1, 'Bác sỹ, điều dưỡng có lời nói, thái độ, giao tiếp đúng mực', 'Doctors and nurses speak, behave and communicate properly'),
        r('D', 2, 'Nhân viên phục vụ (hộ lý, bảo vệ, kế toán…) có lời nói, thái độ, giao tiếp đúng mực', 'Support staff (orderlies, guards, cashiers…) speak, behave and communicate properly'),
        r('D', 3, 'Được nhân viên y tế tôn trọng, đối xử công bằng, quan tâm, giúp đỡ', 'Health workers treat patients with respect, fairly, with care and help'),
        r('D', 4, 'Bác sỹ, điều dưỡng hợp tác tốt và xử lý công việc thành thạo, kịp thời', 'Doctors and nurses work well together and handle their work skilfully and on time'),
        r('D', 5, 'Được bác sỹ thăm khám, động viên tại phòng điều trị', 'Doctors visit, examine and encourage patients in the ward'),
        r('D', 6, 'Được tư vấn chế độ ăn, vận động, theo dõi và phòng ngừa biến chứng', 'Advice is given on diet, exercise, monitoring and preventing complications'),
        r('D', 7, 'Không bị nhân viên y tế gợi ý bồi dưỡng', 'No health worker hinted that a gratuity was expected'),
      ],
    },
    {
      id: 'E',
      code: 'E',
      title: t('Kết quả cung cấp dịch vụ', 'Results of the services'),
      items: [
        r('E', 1, 'Thời gian chờ đợi khi khám, chữa bệnh tại bệnh viện', 'Waiting time for examination and treatment at the hospital'),
        r('E', 2, 'Được cấp phát cho dùng thuốc đúng giờ, hướng dẫn sử dụng thuốc đầy đủ và các tác dụng phụ nếu có', 'Medicines are given on time, with full instructions and any side effects explained', t('S3: "Được cấp phát và dùng thuốc đúng giờ, …"; S4: "Được cấp phát thuốc đúng giờ, …". Giữ câu của S1/S2 (gắn với hệ thống quốc gia).', 'S3: "Được cấp phát và dùng thuốc đúng giờ, …"; S4: "Được cấp phát thuốc đúng giờ, …". The S1/S2 wording (tied to the national system) is kept.')),
        r('E', 3, 'Được nhắc lịch tái khám và hướng dẫn thực hành ăn uống, luyện tập, chăm sóc tại nhà trước khi ra viện', 'Before discharge, patients are reminded of follow-up visits and shown how to eat, exercise and care for themselves at home'),
        r('E', 4, 'Trang thiết bị, vật tư y tế đầy đủ, hiện đại, đáp ứng nhu cầu khám chữa bệnh', 'Medical equipment and supplies are sufficient and modern and meet treatment needs'),
        r('E', 5, 'Kết quả điều trị đáp ứng được nguyện vọng', 'The result of treatment met your wishes'),
        r('E', 6, 'Ông/Bà đánh giá mức độ tin tưởng về chất lượng dịch vụ y tế', 'How much do you trust the quality of the health services?', t('S3 bỏ "Ông/Bà".', 'S3 omits "Ông/Bà".')),
        priceVersusQualityItem('E7'),
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
            'Đánh giá chung, bệnh viện đã đáp ứng được bao nhiêu % so với mong đợi của Ông/Bà trước khi nằm viện?',
            'Overall, what percentage of your expectations before the stay did the hospital meet?',
          ),
          help: G1_HELP,
          externalField: 'danh_gia][z1',
          min: 0,
          unit: t('%', '%'),
        },
        {
          code: 'G2',
          type: 'single',
          text: t(
            'Nếu có nhu cầu khám, chữa những bệnh, Ông/Bà có quay trở lại hoặc giới thiệu cho người khác đến không?',
            'If you need examination or treatment again, would you come back or recommend the hospital to others?',
          ),
          externalField: 'danh_gia][z2][select',
          allowOther: true,
          note: t(
            'S1 và S2 (mới): "khám, chữa những bệnh," (dấu vết của câu năm 2019 "khám, chữa những bệnh tương tự"); S2 (cũ) và S4: "khám, chữa bệnh,".',
            'S1 and newer S2: "khám, chữa những bệnh," (a remnant of the 2019 wording "khám, chữa những bệnh tương tự"); older S2 and S4: "khám, chữa bệnh,".',
          ),
          options: returnOrRecommendOptions(),
        },
      ],
    },
    {
      id: 'H',
      code: 'H',
      title: t('Ý kiến khác', 'Other comments'),
      items: [h1Item(), h2Item()],
    },
  ],
};

export default mohInpatient;
