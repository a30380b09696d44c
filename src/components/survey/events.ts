import type { DeliveryDetail, InvalidDetail } from '../../base/events.js';
import type { SurveyResponse } from '../../contract/survey.js';

/** `detail` of `ansinh-queued`, `ansinh-sent` and `ansinh-failed`. */
export type SurveyDeliveryDetail = DeliveryDetail;

/** The events `<ansinh-survey>` fires, with their details. */
export interface AnsinhSurveyEventMap {
  /** An answer changed: the response so far (status `in-progress`). */
  'ansinh-change': CustomEvent<SurveyResponse>;
  'ansinh-submit': CustomEvent<SurveyResponse>;
  'ansinh-queued': CustomEvent<SurveyDeliveryDetail>;
  'ansinh-sent': CustomEvent<SurveyDeliveryDetail>;
  'ansinh-failed': CustomEvent<SurveyDeliveryDetail>;
  'ansinh-auth-required': CustomEvent<SurveyDeliveryDetail>;
  'ansinh-invalid': CustomEvent<InvalidDetail>;
}
