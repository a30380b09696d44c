import { AnsinhProvider } from '../components/provider/provider.js';

AnsinhProvider.define('ansinh-provider');

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-provider': AnsinhProvider;
  }
}
export { AnsinhProvider };
