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
      'activities (one progress note each), wait for the editor and every row to render, force layout.',
  },
  {
    name: 'care plan editor: keystroke to paint in one note (500 activities)',
    page: 'bench/care-plan-editor/keystroke.html',
    requires: ['define/care-plan-editor.js'],
    unit: 'ms',
    sampleSize: 10,
    budget: 16,
    what:
      'Same plan; with the note of activity 251 open and focused, the median over 30 keystrokes of ' +
      'the time from the `input` event to the frame after it painted.',
  },
];
