import { expect } from '@open-wc/testing';
import {
  SURVEY_TEMPLATE_IDS,
  loadSurveyTemplate,
  surveyTemplate,
  type SurveyTemplateId,
} from '../../src/contract/survey-templates/index.js';
import { parseSurveyDefinition } from '../../src/contract/parse.js';
import { surveyItems, type SurveyDefinition, type SurveyItem } from '../../src/contract/survey.js';
import reference from './moh-forms-items.js';

const ref: Record<SurveyTemplateId, Record<string, string>> = reference;

const rated = (d: SurveyDefinition) => surveyItems(d).filter((i) => i.type === 'scale5');
const ratedBySection = (d: SurveyDefinition) =>
  Object.fromEntries(
    d.sections
      .map((s) => [s.id, s.items.filter((i) => i.type === 'scale5').length] as const)
      .filter(([, n]) => n > 0),
  );
const item = (d: SurveyDefinition, code: string): SurveyItem => {
  const found = surveyItems(d).find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};
const options = (i: SurveyItem) => ('options' in i ? (i.options as { value: unknown; label: { vi: string; en?: string } }[]) : []);

describe('MoH survey templates', () => {
  it('lists the three templates', () => {
    expect([...SURVEY_TEMPLATE_IDS]).to.deep.equal(['moh-inpatient', 'moh-outpatient', 'moh-staff']);
  });

  for (const id of SURVEY_TEMPLATE_IDS) {
    describe(id, () => {
      it('parses with no errors and no warnings', () => {
        const r = parseSurveyDefinition(surveyTemplate(id));
        if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
        expect(r.warnings).to.deep.equal([]);
        expect(r.value.id).to.equal(id);
      });

      it('uses unique item codes', () => {
        const codes = surveyItems(surveyTemplate(id)).map((i) => i.code);
        expect(new Set(codes).size).to.equal(codes.length);
      });

      it('has Vietnamese and English text for every section, item and option', () => {
        const d = surveyTemplate(id);
        const texts: { vi: string; en?: string }[] = [d.title];
        for (const s of d.sections) {
          texts.push(s.title);
          for (const i of s.items) {
            texts.push(i.text);
            if (i.help) texts.push(i.help);
            for (const o of options(i)) texts.push(o.label);
          }
        }
        for (const x of texts) {
          expect(x.vi.trim(), JSON.stringify(x)).to.not.equal('');
          expect(x.en?.trim() ?? '', JSON.stringify(x)).to.not.equal('');
          expect(x.en, 'English differs from Vietnamese').to.not.equal(x.vi);
        }
      });

      it('matches every rated wording in moh-forms.md exactly', () => {
        const d = surveyTemplate(id);
        const expected = ref[id];
        for (const i of rated(d)) expect(i.text.vi, i.code).to.equal(expected[i.code]);
        // and nothing in the reference is missing (E7 inpatient is a choice item, not rated)
        for (const [code, text] of Object.entries(expected)) expect(item(d, code).text.vi, code).to.equal(text);
      });

      it('gives every rated item its national field name', () => {
        for (const i of rated(surveyTemplate(id))) {
          expect(i.externalField).to.equal(`danh_gia][${i.code[0]!.toLowerCase()}][${i.code.toLowerCase()}`);
        }
      });

      it('returns a fresh deep copy each call, sync and lazy', async () => {
        const a = surveyTemplate(id);
        a.sections[0]!.title.vi = 'changed';
        expect(surveyTemplate(id).sections[0]!.title.vi).to.not.equal('changed');
        const lazy = await loadSurveyTemplate(id);
        expect(lazy).to.deep.equal(surveyTemplate(id));
        expect(lazy).to.not.equal(await loadSurveyTemplate(id));
      });
    });
  }

  it('rejects unknown ids', async () => {
    expect(() => surveyTemplate('moh-other' as SurveyTemplateId)).to.throw(RangeError);
    let err: unknown;
    await loadSurveyTemplate('nope').catch((e: unknown) => (err = e));
    expect(err).to.be.instanceOf(RangeError);
  });

  it('inpatient: 36 rated items A5 B7 C11 D7 E6, E7 six options, G1, G2, H1, H2', () => {
    const d = surveyTemplate('moh-inpatient');
    expect(ratedBySection(d)).to.deep.equal({ A: 5, B: 7, C: 11, D: 7, E: 6 });
    expect(rated(d)).to.have.length(36);
    expect(d.version).to.equal('v2');
    expect(d.template?.source).to.contain('QĐ 3869/QĐ-BYT').and.contain('QĐ 56/QĐ-BYT').and.contain('v2');
    const e7 = item(d, 'E7');
    expect(e7.type).to.equal('single');
    expect(options(e7).map((o) => o.label.vi)).to.deep.equal([
      'Rất đắt so với chất lượng',
      'Đắt hơn so với chất lượng',
      'Tương xứng so với chất lượng',
      'Rẻ hơn so với chất lượng',
      'Không tự chi trả nên không biết (do BHYT hoặc người khác thanh toán)',
      'Ý kiến khác, ghi rõ……',
    ]);
    const g1 = item(d, 'G1');
    expect(g1).to.include({ type: 'number', min: 0, externalField: 'danh_gia][z1' });
    expect('max' in g1 && g1.max).to.equal(false, 'G1 may exceed 100');
    expect(g1.help?.vi).to.equal(
      'Điền số từ 0 đến 100 hoặc có thể điền trên 100 nếu bệnh viện điều trị tốt, vượt quá mong đợi của Ông/Bà.',
    );
    expect(item(d, 'G2').text.vi).to.equal(
      'Nếu có nhu cầu khám, chữa những bệnh, Ông/Bà có quay trở lại hoặc giới thiệu cho người khác đến không?',
    );
    expect(options(item(d, 'G2'))).to.have.length(6);
    expect(options(item(d, 'G2'))[2]!.label.vi).to.equal('Muốn chuyển sang bệnh viện khác');
    expect(item(d, 'H1').type).to.equal('longtext');
    expect(item(d, 'H2').text.vi).to.equal(
      'Ông/Bà có ý kiến hoặc nhận xét gì khác giúp bệnh viện và hệ thống khám, chữa bệnh phục vụ người bệnh được tốt hơn, xin ghi rõ?',
    );
    expect(d.title.vi).to.equal('PHIẾU KHẢO SÁT SỰ HÀI LÒNG NGƯỜI BỆNH NỘI TRÚ');
  });

  it('inpatient: metadata and respondent blocks, phone kept apart from answers', () => {
    const d = surveyTemplate('moh-inpatient');
    const meta = d.sections.find((s) => s.id === 'meta')!.items;
    expect(meta.map((i) => i.code)).to.deep.equal([
      'meta.surveyType',
      'meta.formNumber',
      'meta.filledOn',
      'meta.administeredBy',
      'meta.respondent',
      'meta.ward',
    ]);
    expect(item(d, 'meta.formNumber').text.vi).to.equal('Mã số phiếu (do BV quy định)');
    expect(item(d, 'meta.formNumber')['externalField']).to.equal('ttp][masophieu');
    expect(meta.map((i) => i['metadataField'])).to.deep.equal([
      'surveyType',
      'formNumber',
      'filledOn',
      'administeredBy',
      'respondent',
      'wardCode',
    ]);
    expect(options(item(d, 'meta.surveyType')).map((o) => o.label.vi)).to.deep.equal([
      'Bệnh viện tự đánh giá hàng tháng/quý',
      'Bệnh viện tự đánh giá cuối năm',
      'Do đoàn Bộ Y tế/Sở Y tế thực hiện',
      'Do đoàn phúc tra của BYT thực hiện',
      'Do đoàn kiểm tra chéo',
      'Hình thức khác',
    ]);
    expect(options(item(d, 'meta.respondent')).map((o) => o.value)).to.deep.equal(['patient', 'relative']);
    const info = d.sections.find((s) => s.id === 'info')!.items;
    expect(info.map((i) => i.text.vi)).to.deep.equal([
      'Giới tính',
      'Tuổi hoặc năm sinh',
      'Số di động',
      'Số ngày nằm viện',
      'Ông/Bà có sử dụng thẻ BHYT cho lần điều trị này không?',
      'Nơi sinh sống hiện nay',
      'Phân loại mức sống của gia đình',
      'Đây là lần điều trị thứ mấy của Ông/Bà tại bệnh viện? Lần thứ:',
    ]);
    const phone = item(d, 'info.A3');
    expect(phone['contactField']).to.equal('phone');
    expect(phone.required).to.equal(false);
    expect(options(item(d, 'info.A6')).map((o) => o.label.vi)).to.deep.equal(['Thành thị', 'Nông thôn', 'Vùng sâu, xa khó khăn']);
    expect(options(item(d, 'info.A7')).map((o) => o.label.vi)).to.deep.equal(['Nghèo', 'Cận nghèo', 'Khác']);
  });

  it('patient scale labels are verbatim, 0 is unscored', () => {
    const d = surveyTemplate('moh-inpatient');
    const scale = d.scales!.find((s) => s.id === 'moh-patient-scale5')!.options;
    expect(scale.map((o) => [o.value, o.score, o.label.vi])).to.deep.equal([
      [1, 1, 'Rất không hài lòng hoặc: Rất kém'],
      [2, 2, 'Không hài lòng hoặc: Kém'],
      [3, 3, 'Bình thường hoặc: Trung bình'],
      [4, 4, 'Hài lòng hoặc: Tốt'],
      [5, 5, 'Rất hài lòng hoặc: Rất tốt'],
      [0, null, 'Không sử dụng'],
    ]);
    for (const i of rated(d)) expect(i).to.include({ scale: 'moh-patient-scale5' });
  });

  it('outpatient: 31 rated items A5 B10 C8 D4 E4, E5 price choice, no ward', () => {
    const d = surveyTemplate('moh-outpatient');
    expect(ratedBySection(d)).to.deep.equal({ A: 5, B: 10, C: 8, D: 4, E: 4 });
    expect(rated(d)).to.have.length(31);
    expect(d.version).to.equal('v2');
    expect(d.title.vi).to.equal('PHIẾU KHẢO SÁT Ý KIẾN NGƯỜI BỆNH NGOẠI TRÚ');
    expect(item(d, 'E5').text.vi).to.equal(
      'Ông/Bà cho nhận xét về số tiền chi trả có tương xứng với chất lượng dịch vụ y tế không?',
    );
    expect(item(d, 'B2').text.vi).to.equal('Các quy trình, thủ tục khám bệnh đơn giản, thuận tiện');
    expect(item(d, 'B2')['note']).to.have.property('vi').that.contains('được cải cách');
    expect(item(d, 'G1').text.vi).to.equal(
      'Đánh giá chung, bệnh viện đã đáp ứng được bao nhiêu % so với mong đợi của Ông/Bà trước khi tới khám bệnh?',
    );
    expect(item(d, 'info.A4')).to.include({ externalField: 'khoangcach' });
    expect(surveyItems(d).some((i) => i.code === 'meta.ward')).to.equal(false);
    for (const code of ['G1', 'G2', 'H1', 'H2']) expect(item(d, code).code).to.equal(code);
  });

  it('staff: A1–A10 demographics then 44 rated items A9 B9 C12 D7 E7, no "not used"', () => {
    const d = surveyTemplate('moh-staff');
    expect(ratedBySection(d)).to.deep.equal({ A: 9, B: 9, C: 12, D: 7, E: 7 });
    expect(rated(d)).to.have.length(44);
    expect(d.version).to.equal('2019');
    expect(d.template?.source).to.contain('QĐ 3869/QĐ-BYT').and.not.contain('56/QĐ-BYT');
    const info = d.sections.find((s) => s.id === 'info')!.items.map((i) => i.code);
    expect(info).to.deep.equal(Array.from({ length: 10 }, (_, k) => `info.A${k + 1}`));
    expect(options(item(d, 'info.A7'))).to.have.length(7);
    expect(item(d, 'info.A7')['note']).to.have.property('en').that.contains('Disputed');
    expect(item(d, 'C7').text.vi).to.equal('Thưởng và thu nhập tăng thêm ABC xứng đáng so với cống hiến');
    expect(item(d, 'E3').text.vi).to.equal('Tin tưởng vào sự phát triển của bệnh viện trong tương lai');
    for (const i of rated(d)) expect(i).to.include({ scale: 'moh-staff-scale5', notApplicable: false });
    const scale = d.scales![0]!.options;
    expect(scale.map((o) => o.label.vi)).to.deep.equal([
      'Rất không hài lòng / Rất kém',
      'Không hài lòng / Kém',
      'Bình thường / Trung bình',
      'Hài lòng / Tốt',
      'Rất hài lòng / Rất tốt',
    ]);
    expect(item(d, 'G')).to.include({ type: 'longtext', externalField: 'y_kien_khac][ykien' });
  });

  it('all Vietnamese wordings keep their diacritics', () => {
    // A stripped copy would lose these letters everywhere; each form uses many of them.
    for (const id of SURVEY_TEMPLATE_IDS) {
      const all = surveyItems(surveyTemplate(id)).map((i) => i.text.vi).join(' ');
      for (const ch of ['ệ', 'ư', 'ờ', 'đ', 'ả']) expect(all, `${id} ${ch}`).to.contain(ch);
    }
  });
});
