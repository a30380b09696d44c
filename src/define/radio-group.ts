import { AnsinhRadioGroup } from '../base/primitives/radio-group.js';

AnsinhRadioGroup.define('ansinh-radio-group');

export { AnsinhRadioGroup };
