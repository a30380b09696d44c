import { AnsinhButton } from '../base/primitives/button.js';

AnsinhButton.define('ansinh-button');

export { AnsinhButton };
