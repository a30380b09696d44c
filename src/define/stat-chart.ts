import './state.js';
import { AnsinhStatChart } from '../components/stat-chart/stat-chart.js';

AnsinhStatChart.define('ansinh-stat-chart');

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-stat-chart': AnsinhStatChart;
  }
}
export { AnsinhStatChart };
