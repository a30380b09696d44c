import './badge.js';
import './state.js';
import { AnsinhResidentCard } from '../components/resident-card/resident-card.js';

AnsinhResidentCard.define('ansinh-resident-card');

export { AnsinhResidentCard };
