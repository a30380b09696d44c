import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePublicResident, parseResident, publicFields, toPublicResident, type Resident } from '../../src/contract/index.js';
import { sampleResidents } from '../../src/sample/index.js';

/** Every string anywhere in a value (keys included). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, out.concat(k));
  return out;
}

const residents = sampleResidents();
const fullyPublishable = (r: Resident): Resident => ({
  ...r,
  publishable: ['fullName', 'photoUrl', 'birthDate', 'sex', 'beneficiaryCategory', 'admission', 'room', 'currentCarePlanStep', 'citizenId', 'sensitive', 'guardian', 'address', 'disability', 'healthInsuranceNumber'],
});

describe('contract: public projection of a resident', () => {
  it('keeps only what a public card shows and passes its own schema', () => {
    for (const r of residents) {
      const p = toPublicResident(fullyPublishable(r));
      const parsed = parsePublicResident(p);
      expect(parsed.ok, JSON.stringify(parsed.ok ? '' : parsed.issues)).to.equal(true);
      expect(Object.keys(p).every((k) => ['disclosure', 'id', 'fullName', 'photoUrl', 'birthDate', 'sex', 'beneficiaryCategory', 'admission', 'exit', 'room', 'currentCarePlanStep'].includes(k))).to.equal(true);
      expect(p.disclosure).to.equal('public');
    }
  });

  it('no identity number, contact, guardian or sensitive text survives, whatever publishable lists (fast-check over the sample)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...residents), fc.subarray(['fullName', 'citizenId', 'sensitive', 'guardian', 'address', 'admission', 'sex', 'birthDate', 'disability']), (r, publishable) => {
        const p = toPublicResident({ ...r, publishable });
        const text = JSON.stringify(p);
        const secrets = strings([r.citizenId, r.healthInsuranceNumber, r.sensitive, r.guardian, r.address, r.disability, r.otherIdentifiers]).filter((s) => s.length >= 4);
        for (const s of secrets) expect(text, s).not.to.contain(s);
        expect(p).not.to.have.any.keys('citizenId', 'sensitive', 'guardian', 'address', 'disability', 'consent', 'flags', 'publishable');
      }),
      { numRuns: 200 },
    );
  });

  it('the name needs consent; a category that names HIV, abuse or a disability is never public', () => {
    const base = residents.find((r) => parseResident(r).ok)!;
    const r: Resident = { ...base, publishable: ['fullName', 'beneficiaryCategory'], consent: { publishName: false } as Resident['consent'] };
    expect(toPublicResident(r).fullName).to.equal(undefined);
    const hiv: Resident = { ...base, publishable: ['beneficiaryCategory'], beneficiaryCategory: { ...base.beneficiaryCategory, code: 'nguoi-nhiem-hiv-ho-ngheo' } };
    expect(publicFields(hiv).has('beneficiaryCategory')).to.equal(false);
    expect(toPublicResident(hiv).beneficiaryCategory).to.equal(undefined);
  });

  it('refuses a "public" record that carries more, or names a category that is never public', () => {
    expect(parsePublicResident({ disclosure: 'public', id: 'r-1', citizenId: '001234567890' }).ok).to.equal(false);
    expect(parsePublicResident({ disclosure: 'public', id: 'r-1', admission: { date: '2024-01-02', type: 'emergency' } }).ok).to.equal(false);
    expect(parsePublicResident({ disclosure: 'public', id: 'r-1', beneficiaryCategory: { code: 'nguoi-cao-tuoi', legalBasis: 'Điều 5' } }).ok).to.equal(false);
    for (const code of ['nguoi-nhiem-hiv-ho-ngheo', 'tre-em-nhiem-hiv-ho-ngheo', 'bao-ve-khan-cap', 'nguoi-khuyet-tat']) {
      expect(parsePublicResident({ disclosure: 'public', id: 'r-1', beneficiaryCategory: { code } }).ok, code).to.equal(false);
    }
    expect(parsePublicResident({ disclosure: 'public', id: 'r-1', beneficiaryCategory: { code: 'nguoi-cao-tuoi' } }).ok).to.equal(true);
  });
});
