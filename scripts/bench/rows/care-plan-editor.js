// Benchmark rows for <ansinh-care-plan-editor> (see scripts/bench/benchmarks.js for the shape).
export default [
  {
    name: 'care plan editor: first render, 50 goals + 500 activities',
    page: 'bench/care-plan-editor/first-render.html',
    requires: ['define/care-plan-editor.js'],
    unit: 'ms',
    sampleSize: 10,
    what:
      'Modules already loaded: create `<ansinh-care-plan-editor>`, set a plan with 50 goals and 500 ' +
      'activities (one progress note each), wait for the editor and every row to render and that frame to be painted.',
  },
  {
    name: 'care plan editor: typing in one note (500 activities)',
    page: 'bench/care-plan-editor/keystroke.html',
    requires: ['define/care-plan-editor.js'],
    unit: 'ms',
    sampleSize: 10,
    measures: [
      { key: 'late', label: 'keystrokes painted late (of 30)', unit: 'count', budget: 0 },
      { key: 'median', label: 'input to rendered and laid out, median', unit: 'ms' },
      { key: 'p95', label: 'input to rendered and laid out, p95', unit: 'ms' },
    ],
    what:
      'Same plan; with the note of activity 251 open and focused, 30 keystrokes. Late: keystrokes whose ' +
      'result was painted after the first frame following the input (target none, which is what ' +
      '"keystroke to paint within 16 ms" means on a 60 Hz display). Median and p95 of the editor\'s own ' +
      'work per keystroke (input event to rendered and laid out, not rounded up to a frame).',
  },
];
