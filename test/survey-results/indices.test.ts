import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { SurveyResponse } from '../../src/contract/survey.js';
import {
  compareWithTarget,
  computeSurveyIndices,
  periodOf,
  scoreAnswer,
} from '../../src/components/survey-results/indices.js';
import { surveyTemplate } from '../../src/contract/survey-templates/index.js';
import { DEFAULT_SCALE5 } from '../../src/contract/survey.js';
import { smallDefinition, smallResponses } from './fixtures.js';

const close = (actual: number | null, expected: number) => expect(actual).to.be.closeTo(expected, 1e-9);

describe('survey indices', () => {
  it('computes exact means, percentages and satisfaction rates per item, section and overall', () => {
    const ix = computeSurveyIndices(smallDefinition(), smallResponses());
    expect(ix.counted).to.equal(4);
    expect(ix.excluded).to.deep.equal({ status: 1, otherForm: 1 });
    expect(ix.ratedItems).to.equal(3);
    const [a, b] = ix.sections;
    expect(ix.sections.map((s) => s.id)).to.deep.equal(['A', 'B']);
    const a1 = a!.items[0]!.index;
    expect(a1).to.include({ valid: 2, notUsed: 1, satisfied: 1, sum: 8 });
    close(a1.mean, 4);
    close(a1.satisfactionRate, 0.5);
    const a2 = a!.items[1]!.index;
    expect(a2).to.include({ valid: 3, notUsed: 0, satisfied: 2, sum: 10 });
    close(a2.mean, 10 / 3);
    close(a2.satisfactionRate, 2 / 3);
    expect(a!.index).to.include({ valid: 5, notUsed: 1, satisfied: 3, sum: 18 });
    close(a!.index.mean, 3.6);
    close(a!.index.meanPercent, 0.72);
    close(a!.index.satisfactionRate, 0.6);
    expect(b!.index).to.include({ valid: 4, satisfied: 2, sum: 13 });
    close(b!.index.mean, 3.25);
    expect(ix.overall).to.include({ valid: 9, notUsed: 1, satisfied: 5, sum: 31 });
    close(ix.overall.mean, 31 / 9);
    close(ix.overall.meanPercent, 31 / 45);
    close(ix.overall.satisfactionRate, 5 / 9);
  });

  it('groups by ward and by month or quarter', () => {
    const def = smallDefinition();
    const ix = computeSurveyIndices(def, smallResponses());
    expect(ix.wards.map((w) => [w.key, w.responses, w.index.valid, w.index.sum, w.index.satisfied])).to.deep.equal([
      ['W1', 2, 5, 20, 3],
      ['W2', 2, 4, 11, 2],
    ]);
    expect(ix.periods.map((p) => [p.key, p.index.valid, p.index.sum, p.index.satisfied])).to.deep.equal([
      ['2026M01', 3, 12, 2],
      ['2026M02', 2, 6, 1],
      ['2026M04', 4, 13, 2],
    ]);
    const q = computeSurveyIndices(def, smallResponses(), { period: 'quarter' });
    expect(q.periods.map((p) => [p.key, p.responses, p.index.valid, p.index.sum])).to.deep.equal([
      ['2026Q1', 2, 5, 18],
      ['2026Q2', 2, 4, 13],
    ]);
  });

  it('summarises G1 (above 100 allowed) and the G2 distribution', () => {
    const ix = computeSurveyIndices(smallDefinition(), smallResponses());
    expect(ix.expectation).to.include({ code: 'G1', count: 3, min: 80, max: 120 });
    close(ix.expectation!.mean, 290 / 3);
    const g2 = ix.distributions.find((d) => d.code === 'G2')!;
    expect(g2.total).to.equal(3);
    expect(g2.options.map((o) => o.count)).to.deep.equal([0, 0, 1, 0, 2, 0]);
    close(g2.options[4]!.share, 2 / 3);
    // metadata and respondent blocks are not distributions
    expect(ix.distributions.map((d) => d.code)).to.deep.equal(['G2']);
  });

  it('compares with a target: met, not met, gap', () => {
    expect(compareWithTarget(0.85, 0.8)).to.deep.include({ met: true });
    close(compareWithTarget(0.85, 0.8).gap, 0.05);
    expect(compareWithTarget(0.7, 0.8)).to.deep.include({ met: false });
    close(compareWithTarget(0.7, 0.8).gap, -0.1);
    expect(compareWithTarget(0.8, 0.8).met).to.equal(true);
    expect(compareWithTarget(null, 0.8)).to.deep.equal({ target: 0.8, value: null, met: null, gap: null });
    expect(compareWithTarget(0.9, 0.8, 'at-most').met).to.equal(false);
  });

  it('scores answers: not used is null, off-scale and empty are ignored', () => {
    expect(scoreAnswer(DEFAULT_SCALE5, 4)).to.equal(4);
    expect(scoreAnswer(DEFAULT_SCALE5, '5')).to.equal(5);
    expect(scoreAnswer(DEFAULT_SCALE5, { value: 2, reason: 'bẩn' })).to.equal(2);
    expect(scoreAnswer(DEFAULT_SCALE5, 0)).to.equal(null);
    expect(scoreAnswer(DEFAULT_SCALE5, 6)).to.equal(undefined);
    expect(scoreAnswer(DEFAULT_SCALE5, '')).to.equal(undefined);
    expect(scoreAnswer(DEFAULT_SCALE5, ' ')).to.equal(undefined);
    expect(scoreAnswer(DEFAULT_SCALE5, [4])).to.equal(undefined);
    expect(scoreAnswer(DEFAULT_SCALE5, true)).to.equal(undefined);
  });

  it('uses the staff scale: 0 is not on it, so it is never counted', () => {
    const def = surveyTemplate('moh-staff');
    const ix = computeSurveyIndices(def, [
      { id: 's1', definitionId: 'moh-staff', definitionVersion: '2019', status: 'completed', answers: { A1: 0, A2: 5 } },
    ]);
    expect(ix.overall).to.include({ valid: 1, notUsed: 0, satisfied: 1 });
    expect(ix.ratedItems).to.equal(44);
  });

  it('period ids', () => {
    expect(periodOf('2026-11-22', 'month')).to.equal('2026M11');
    expect(periodOf('2026-11-22', 'quarter')).to.equal('2026Q4');
    expect(periodOf('2026-01-01T00:00:00+07:00', 'quarter')).to.equal('2026Q1');
    expect(periodOf('', 'month')).to.equal('');
  });

  describe('properties (fast-check)', () => {
    const def = smallDefinition();
    const answer = fc.oneof(
      fc.integer({ min: -2, max: 8 }),
      fc.constantFrom(null, '', '4', '0', 'x', true, [3]),
      fc.record({ value: fc.integer({ min: 0, max: 5 }), reason: fc.string() }),
    );
    const response = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      definitionId: fc.constantFrom('mini', 'mini', 'mini', 'other'),
      definitionVersion: fc.constant('1'),
      status: fc.constantFrom('completed', 'amended', 'in-progress', 'entered-in-error', 'stopped'),
      answers: fc.record({ A1: answer, A2: answer, B1: answer, G1: fc.oneof(fc.double(), fc.string(), fc.constant(null)) }, { requiredKeys: [] }),
      metadata: fc.record({ wardCode: fc.constantFrom('W1', 'W2', 'Khoa Nhi'), filledOn: fc.constantFrom('2026-01-05', '2026-07-30') }, { requiredKeys: [] }),
    }) as fc.Arbitrary<SurveyResponse>;

    it('rates and percentages stay within [0, 1], means within [1, 5]', () => {
      fc.assert(
        fc.property(fc.array(response, { maxLength: 40 }), (responses) => {
          const ix = computeSurveyIndices(def, responses, { period: 'quarter' });
          const all = [ix.overall, ...ix.sections.map((s) => s.index), ...ix.sections.flatMap((s) => s.items.map((i) => i.index)), ...ix.wards.map((w) => w.index), ...ix.periods.map((p) => p.index)];
          for (const x of all) {
            if (x.valid === 0) {
              expect(x.mean).to.equal(null);
              expect(x.satisfactionRate).to.equal(null);
            } else {
              expect(x.satisfactionRate!).to.be.within(0, 1);
              expect(x.meanPercent!).to.be.within(0.2, 1);
              expect(x.mean!).to.be.within(1, 5);
            }
            expect(x.satisfied).to.be.at.most(x.valid);
          }
          // pooled: the overall tally is the sum of the sections, and of the wards
          expect(ix.overall.valid).to.equal(ix.sections.reduce((a, s) => a + s.index.valid, 0));
          expect(ix.overall.valid).to.equal(ix.wards.reduce((a, w) => a + w.index.valid, 0));
          expect(ix.counted + ix.excluded.status + ix.excluded.otherForm).to.equal(responses.length);
          for (const d of ix.distributions) for (const o of d.options) if (o.share !== null) expect(o.share).to.be.within(0, 1);
        }),
        { numRuns: 150 },
      );
    });

    it('"not used" answers never change any index', () => {
      fc.assert(
        fc.property(fc.array(response, { maxLength: 30 }), fc.array(fc.constantFrom('A1', 'A2', 'B1')), (responses, codes) => {
          const before = computeSurveyIndices(def, responses);
          // Turn missing answers into "not used": only notUsed may move.
          const after = computeSurveyIndices(
            def,
            responses.map((r) => {
              const answers = { ...r.answers };
              for (const c of codes) if (answers[c] === undefined) answers[c] = 0;
              return { ...r, answers };
            }),
          );
          expect(after.overall.valid).to.equal(before.overall.valid);
          expect(after.overall.sum).to.equal(before.overall.sum);
          expect(after.overall.mean).to.equal(before.overall.mean);
          expect(after.overall.satisfactionRate).to.equal(before.overall.satisfactionRate);
          expect(after.overall.notUsed).to.be.at.least(before.overall.notUsed);
        }),
        { numRuns: 100 },
      );
    });

    it('never throws on garbage answers', () => {
      fc.assert(
        fc.property(fc.array(fc.record({ id: fc.constant('z'), definitionId: fc.constant('mini'), definitionVersion: fc.constant('1'), status: fc.constant('completed'), answers: fc.dictionary(fc.constantFrom('A1', 'A2', 'B1', 'G1', 'G2'), fc.anything()) })), (responses) => {
          computeSurveyIndices(def, responses as SurveyResponse[]);
        }),
        { numRuns: 100 },
      );
    });
  });
});
