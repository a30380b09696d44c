import { AnsinhDonationLedger } from '../components/donation-ledger/donation-ledger.js';
import './button.js';
import './text-field.js';
import './select.js';
import './checkbox-group.js';

AnsinhDonationLedger.define('ansinh-donation-ledger');

export { AnsinhDonationLedger };
