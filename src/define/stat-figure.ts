import './state.js';
import { AnsinhStatFigure } from '../components/stat-figure/stat-figure.js';

AnsinhStatFigure.define('ansinh-stat-figure');

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-stat-figure': AnsinhStatFigure;
  }
}
export { AnsinhStatFigure };
