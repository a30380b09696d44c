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
    notFound: 'Không tìm thấy dữ liệu',
    notFoundDetail: (id: string) => `Nguồn dữ liệu không có bản ghi nào mang mã ${id}.`,
    loadError: 'Không tải được dữ liệu',
    noSource: (property: string) =>
      `Chưa có nguồn dữ liệu: đặt phần tử trong <ansinh-provider> hoặc truyền dữ liệu qua thuộc tính ${property}.`,
    unsupported: 'Nguồn dữ liệu này không hỗ trợ đọc loại dữ liệu này.',
    unknownError: 'Đã xảy ra lỗi không xác định khi tải dữ liệu.',
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
    notFound: 'Not found',
    notFoundDetail: (id: string) => `The data source has no record with ID ${id}.`,
    loadError: 'The data could not be loaded',
    noSource: (property: string) => `No data source: put the element inside <ansinh-provider> or pass the data in the ${property} property.`,
    unsupported: 'This data source cannot read this kind of data.',
    unknownError: 'An unknown error occurred while loading the data.',
  },
});
