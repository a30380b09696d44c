import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { tableScroll } from '../../src/base/parts/table-scroll.js';
import { until } from '../data/servers.js';

/** A table of `columns` cells of 120 px in a box `width` px wide, rendered with the shared part. */
async function box(width: number, columns: number): Promise<{ host: HTMLElement; draw: (n: number) => void; scroll: () => HTMLElement }> {
  const host = await fixture<HTMLElement>(html`<div style=${`width:${width}px`}></div>`);
  const draw = (n: number): void => {
    render(
      tableScroll(
        'Số dư theo quỹ',
        html`<table style="border-collapse:collapse">
          <tr>${Array.from({ length: n }, (_, i) => html`<td style="min-width:120px;width:120px">Cột ${i + 1}</td>`)}</tr>
        </table>`,
      ),
      host,
    );
  };
  draw(columns);
  const style = document.createElement('style');
  style.textContent = '.table-scroll { overflow-x: auto; }';
  host.prepend(style);
  return { host, draw, scroll: () => host.querySelector<HTMLElement>('.table-scroll')! };
}

describe('tableScroll (shared part)', () => {
  it('is a named group; a tab stop only while its table is wider than the box, rechecked as sizes change', async () => {
    const { host, draw, scroll } = await box(300, 5);
    expect(scroll().getAttribute('role')).to.equal('group');
    expect(scroll().getAttribute('aria-label')).to.equal('Số dư theo quỹ');
    await until(() => scroll().getAttribute('tabindex') === '0', 2000, 'a tab stop on the overflowing box');
    // The box grows wide enough: no tab stop.
    host.style.width = '900px';
    await until(() => !scroll().hasAttribute('tabindex'), 2000, 'no tab stop once the table fits');
    // The table gains columns inside the same box: a tab stop again.
    draw(12);
    await until(() => scroll().getAttribute('tabindex') === '0', 2000, 'a tab stop once the table outgrows the box');
  });

  it('a table that fits from the start loses its tab stop once measured', async () => {
    const { scroll } = await box(900, 2);
    await until(() => !scroll().hasAttribute('tabindex'), 2000, 'no tab stop on a table that fits');
  });
});
