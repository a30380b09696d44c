// Foundation cost: with the modules already loaded, how long it takes to register the button and
// text-field primitives and render 100 of each (200 elements, including style and layout).
import { importDist, define, param, rendered, done, fail, painted } from './lib/harness.js';

const COUNT = Number(param('count', '200'));

try {
  const [{ AnsinhButton }, { AnsinhTextField }, { installTokens }] = await Promise.all([
    importDist('base/primitives/button.js'),
    importDist('base/primitives/text-field.js'),
    importDist('tokens/install.js'),
  ]);
  const host = document.getElementById('host');
  const start = performance.now();
  installTokens(document);
  define('ansinh-button', AnsinhButton);
  define('ansinh-text-field', AnsinhTextField);
  const elements = [];
  const frag = document.createDocumentFragment();
  for (let i = 0; i < COUNT / 2; i++) {
    const field = document.createElement('ansinh-text-field');
    field.label = `Họ và tên người thứ ${i + 1}`;
    field.value = 'Nguyễn Thị Hồng';
    const button = document.createElement('ansinh-button');
    button.textContent = `Lưu hồ sơ ${i + 1}`;
    elements.push(field, button);
    frag.append(field, button);
  }
  host.append(frag);
  await rendered(elements);
  // Until the frame that shows them has been painted: what a person waits for before seeing them.
  await painted();
  const ms = performance.now() - start;
  performance.measure('ansinh-foundation-200', { start, duration: ms });
  done(ms, ms.toFixed(1));
} catch (err) {
  fail(err);
}
