/**
 * VietQR (NAPAS 247, EMVCo merchant-presented QR) payload for a fund's bank account, so a donor
 * can scan the receipt or notice with any Vietnamese banking app. Built here rather than with
 * vietnam-qr-pay at run time because that package ships CommonJS only; the payloads are checked
 * against vietnam-qr-pay's output in the tests.
 */
import { BANK_BINS } from './banks.js';

function tlv(id: string, value: string): string {
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as EMVCo tag 63 requires. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i) << 8;
    for (let b = 0; b < 8; b++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** The NAPAS BIN of a bank written as a BIN, a code (VCB) or a short name (Vietcombank). */
export function bankBin(bank: string): string | undefined {
  const b = bank.trim();
  if (/^\d{6}$/.test(b)) return b;
  const key = fold(b).toLowerCase().replace(/^(ngan hang|nh)\s+/, '').trim();
  for (const [bin, names] of BANK_BINS) {
    if (names.split(',').some((n) => n.trim() === key)) return bin;
  }
  return undefined;
}

/** Transfer content: ASCII letters, digits and spaces only, at most 25 characters (banks cut it). */
export function transferContent(text: string): string {
  return fold(text).replace(/[^A-Za-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 25).trim();
}

export interface VietQrInput {
  bin: string;
  accountNumber: string;
  amountVnd?: number;
  purpose?: string;
}

/** The VietQR payload string (what the QR code encodes), or undefined for unusable input. */
export function vietQrPayload(input: VietQrInput): string | undefined {
  const account = input.accountNumber.replace(/[\s.-]/g, '');
  if (!/^\d{6}$/.test(input.bin) || !/^[0-9A-Za-z]{1,19}$/.test(account)) return undefined;
  const amount = input.amountVnd !== undefined && Number.isSafeInteger(input.amountVnd) && input.amountVnd > 0 ? String(input.amountVnd) : undefined;
  const purpose = input.purpose ? transferContent(input.purpose) : '';
  let s = tlv('00', '01') + tlv('01', amount ? '12' : '11');
  s += tlv('38', tlv('00', 'A000000727') + tlv('01', tlv('00', input.bin) + tlv('01', account)) + tlv('02', 'QRIBFTTA'));
  s += tlv('53', '704');
  if (amount) s += tlv('54', amount);
  s += tlv('58', 'VN');
  if (purpose) s += tlv('62', tlv('08', purpose));
  s += '6304';
  return s + crc16(s);
}
