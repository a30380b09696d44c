import { defineMessages } from '../i18n/catalogue.js';

/** Messages of the base class and shared states. */
export const baseMessages = defineMessages({
  vi: {
    invalidTitle: 'Dữ liệu không hợp lệ',
    invalidIntro: 'Không thể hiển thị vì dữ liệu có lỗi:',
    whole: 'toàn bộ dữ liệu',
    jsonSyntax: 'Khối dữ liệu JSON không đọc được',
    loading: 'Đang tải…',
    empty: 'Chưa có dữ liệu',
    error: 'Đã xảy ra lỗi',
    retry: 'Thử lại',
    offline: 'Không có kết nối mạng',
    required: 'Vui lòng điền thông tin này',
  },
  en: {
    invalidTitle: 'Invalid data',
    invalidIntro: 'This cannot be shown because the data has errors:',
    whole: 'the whole record',
    jsonSyntax: 'The JSON data block cannot be read',
    loading: 'Loading…',
    empty: 'No data yet',
    error: 'Something went wrong',
    retry: 'Try again',
    offline: 'No network connection',
    required: 'Please fill in this field',
  },
});
