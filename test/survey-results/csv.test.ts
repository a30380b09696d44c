import { expect } from '@open-wc/testing';
import { surveyResponsesToCsv } from '../../src/components/survey-results/csv.js';
import { parseCsv } from '../helpers/csv-reader.js';
import { surveyTemplate } from '../../src/contract/survey-templates/index.js';
import type { SurveyResponse } from '../../src/contract/survey.js';


const inpatientResponse = (answers: SurveyResponse['answers'], extra: Partial<SurveyResponse> = {}): SurveyResponse => ({
  id: 'p1',
  definitionId: 'moh-inpatient',
  definitionVersion: 'v2',
  status: 'completed',
  answers,
  metadata: { surveyType: 're-inspection', respondent: 'relative', wardCode: 'Khoa Nhi', filledOn: '2026-03-05', hospitalCode: '01001', formNumber: 'NT-0042' },
  contact: { phone: '0912345678' },
  ...extra,
});

describe('survey CSV export', () => {
  const def = surveyTemplate('moh-inpatient');

  it('starts with a UTF-8 BOM, uses ; and CRLF, and follows the form (national) order', () => {
    const csv = surveyResponsesToCsv(def, [inpatientResponse({ A1: 5, E7: { value: 6, other: 'Hơi đắt' } })]);
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.endsWith('\r\n')).to.equal(true);
    const [header, row] = parseCsv(csv.slice(1), ';');
    expect(header!.slice(0, 8)).to.deep.equal(['id', 'hospitalCode', 'meta.surveyType', 'meta.formNumber', 'meta.filledOn', 'meta.administeredBy', 'meta.administeredBy.other', 'meta.respondent']);
    const rated = header!.filter((h) => /^[A-E]\d+$/.test(h));
    expect(rated).to.have.length(37); // 36 rated + E7
    expect(rated.slice(0, 6)).to.deep.equal(['A1', 'A2', 'A3', 'A4', 'A5', 'B1']);
    expect(header!.slice(-6)).to.deep.equal(['E7.other', 'G1', 'G2', 'G2.other', 'H1', 'H2']);
    expect(header!.indexOf('E7')).to.be.lessThan(header!.indexOf('G1'));
    expect(header).to.not.include('info.A3'); // the phone number stays out
    expect(csv).to.not.contain('0912345678');
    const cell = (h: string) => row![header!.indexOf(h)];
    expect(cell('meta.surveyType')).to.equal('4'); // national value of "phúc tra", from metadata
    expect(cell('meta.respondent')).to.equal('2');
    expect(cell('meta.ward')).to.equal('Khoa Nhi');
    expect(cell('meta.filledOn')).to.equal('2026-03-05');
    // QĐ 56/QĐ-BYT: the hospital code (set by the hospital) and the form number (mã số phiếu).
    expect(cell('hospitalCode')).to.equal('01001');
    expect(cell('meta.formNumber')).to.equal('NT-0042');
    const byField = parseCsv(surveyResponsesToCsv(def, [inpatientResponse({})], { header: 'field' }).slice(1), ';')[0]!;
    expect(byField.slice(0, 4)).to.deep.equal(['id', 'ttp][bvn][mabv', 'kieu_khao_sat', 'ttp][masophieu']);
    expect(cell('A1')).to.equal('5');
    expect(cell('A2')).to.equal('');
    expect(cell('E7')).to.equal('6');
    expect(cell('E7.other')).to.equal('Hơi đắt');
  });

  it('the old delimiter option still picks the separator (deprecated alias of dialect)', () => {
    const csv = surveyResponsesToCsv(def, [inpatientResponse({ G1: 85.5 })], { delimiter: ',', bom: false });
    expect(csv.split('\r\n')[0]).to.contain(',').and.not.contain(';');
  });

  it('writes national field names as headers on request, and , as the delimiter', () => {
    const csv = surveyResponsesToCsv(def, [inpatientResponse({ G1: 85.5 })], { header: 'field', dialect: 'standard', bom: false });
    const [header, row] = parseCsv(csv, ',');
    expect(header).to.include.members(['kieu_khao_sat', 'danh_gia][a][a1', 'danh_gia][e][z0][select', 'danh_gia][e][z0][other', 'danh_gia][z1', 'danh_gia][z4']);
    expect(row![header!.indexOf('danh_gia][z1')]).to.equal('85.5');
  });

  it('quotes hostile strings and neutralises formulas', () => {
    const hostile = {
      H1: '=HYPERLINK("http://evil.example","bấm")',
      H2: '+cmd|\' /C calc\'!A0',
      'meta.ward': '@SUM(1+1)',
      E7: { value: 6, other: '-2+3;"trích dẫn"\r\nxuống dòng' },
    };
    const csv = surveyResponsesToCsv(def, [inpatientResponse(hostile, { metadata: {} })]);
    const [header, row] = parseCsv(csv.slice(1), ';');
    const cell = (h: string) => row![header!.indexOf(h)];
    expect(cell('H1')).to.equal(`'=HYPERLINK("http://evil.example","bấm")`);
    expect(cell('H2')).to.equal(`'+cmd|' /C calc'!A0`);
    expect(cell('meta.ward')).to.equal(`'@SUM(1+1)`);
    expect(cell('E7.other')).to.equal(`'-2+3;"trích dẫn"\r\nxuống dòng`);
    expect(csv).to.contain('"\'=HYPERLINK(""http://evil.example"",""bấm"")"');
  });
});
