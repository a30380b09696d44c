import { AnsinhBadge } from '../base/primitives/badge.js';

AnsinhBadge.define('ansinh-badge');

export { AnsinhBadge };
