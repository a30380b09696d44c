import { defineMessages } from '../../i18n/catalogue.js';

/** Texts of `<ansinh-stat-chart>`. */
export const statMessages = defineMessages({
  vi: {
    showTable: 'Xem bảng số liệu',
    showChart: 'Xem biểu đồ',
    downloadPng: 'Tải ảnh PNG',
    downloadCsv: 'Tải tệp CSV',
    total: 'Tổng',
    hidden: 'ẩn',
    noData: 'không có số liệu',
    period: 'Kỳ báo cáo',
    orgUnit: 'Đơn vị',
    category: 'Nhóm',
    target: 'Mục tiêu',
    tableCaption: (title: string) => `Bảng số liệu: ${title}`,
    chartUnavailable: 'Không tải được biểu đồ; số liệu được trình bày trong bảng.',
    keyboardHint: 'Dùng phím mũi tên để đi qua các điểm số liệu, Enter để chọn.',
    selected: (what: string) => `Đã chọn ${what}`,
  },
  en: {
    showTable: 'Show data table',
    showChart: 'Show chart',
    downloadPng: 'Download PNG image',
    downloadCsv: 'Download CSV file',
    total: 'Total',
    hidden: 'hidden',
    noData: 'no data',
    period: 'Period',
    orgUnit: 'Unit',
    category: 'Group',
    target: 'Target',
    tableCaption: (title: string) => `Data table: ${title}`,
    chartUnavailable: 'The chart could not be loaded; the figures are shown in the table.',
    keyboardHint: 'Use the arrow keys to move between data points and Enter to select one.',
    selected: (what: string) => `Selected ${what}`,
  },
});
