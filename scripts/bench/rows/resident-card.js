// Benchmark rows of <ansinh-resident-card> (see scripts/bench/benchmarks.js for the fields).
const requires = [
  'components/resident-card/resident-card.js',
  'base/primitives/badge.js',
  'base/primitives/state.js',
  'tokens/install.js',
];

export default [
  {
    name: 'resident card: first render of 1,000 compact cards',
    page: 'bench/resident-card/compact-1000.html?mode=first',
    requires,
    unit: 'ms',
    sampleSize: 15,
    budget: 100,
    what:
      'Modules already loaded: register the card, create 1,000 `variant="compact"` cards, hand each ' +
      'a resident (validated with `parseResident`; two in three with flag badges), wait for the ' +
      'cards and their badges to render and that frame to be painted. Target: under 100 ms.',
  },
  {
    name: 'resident card: re-render 1,000 compact cards after a data change',
    page: 'bench/resident-card/compact-1000.html?mode=update',
    requires,
    unit: 'ms',
    sampleSize: 15,
    what:
      'After the first render, hand all 1,000 cards a changed resident (room, diet flag, care-plan ' +
      'step; validated again), wait for render and the painted frame.',
  },
];
