import './badge.js';
import './button.js';
import './state.js';
import { AnsinhSurveyResults } from '../components/survey-results/survey-results.js';

AnsinhSurveyResults.define('ansinh-survey-results');

export { AnsinhSurveyResults };
