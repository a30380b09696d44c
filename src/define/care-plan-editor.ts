import './button.js';
import './text-field.js';
import './select.js';
import './badge.js';
import './state.js';
import { AnsinhCarePlanEditor } from '../components/care-plan-editor/care-plan-editor.js';

AnsinhCarePlanEditor.define('ansinh-care-plan-editor');

export { AnsinhCarePlanEditor };
