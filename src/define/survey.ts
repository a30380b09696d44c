import { AnsinhSurvey } from '../components/survey/survey.js';

AnsinhSurvey.define('ansinh-survey');

export { AnsinhSurvey };
