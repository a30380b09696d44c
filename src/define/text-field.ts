import { AnsinhTextField } from '../base/primitives/text-field.js';

AnsinhTextField.define('ansinh-text-field');

export { AnsinhTextField };
