import { defineMessages } from '../i18n/catalogue.js';

/**
 * What a DataSource tells a person when something goes wrong. Every DataSourceError carries both
 * languages so a component can show it in the page's language without knowing the source.
 */
export const dataMessages = defineMessages({
  vi: {
    network: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
    timeout: (ms: number) => `Máy chủ không phản hồi trong ${ms} ms. Vui lòng thử lại sau.`,
    aborted: 'Yêu cầu đã bị hủy.',
    server: (status: number) => `Máy chủ đang gặp lỗi (mã ${status}). Vui lòng thử lại sau.`,
    bad_request: 'Máy chủ không chấp nhận dữ liệu gửi lên (mã 400).',
    unauthorized: 'Cần đăng nhập để thực hiện thao tác này (mã 401).',
    forbidden: 'Bạn không có quyền thực hiện thao tác này (mã 403).',
    not_found: 'Không tìm thấy dữ liệu yêu cầu (mã 404).',
    conflict: 'Dữ liệu đã được thay đổi ở nơi khác. Vui lòng tải lại rồi thử lại (mã 409).',
    gone: 'Dữ liệu này đã bị xóa (mã 410).',
    precondition_failed: 'Có người khác vừa lưu dữ liệu này. Vui lòng tải lại rồi thử lại (mã 412).',
    payload_too_large: 'Dữ liệu gửi lên quá lớn (mã 413).',
    unprocessable: 'Máy chủ từ chối dữ liệu vì không đúng quy định (mã 422).',
    rate_limited: 'Có quá nhiều yêu cầu. Vui lòng chờ một lát rồi thử lại (mã 429).',
    client_error: (status: number) => `Máy chủ từ chối yêu cầu (mã ${status}).`,
    invalid_response: 'Máy chủ trả về dữ liệu không đọc được.',
    invalid_request: 'Dữ liệu gửi đi không đúng định dạng.',
    missing_id: 'Bản ghi thiếu mã định danh (id).',
    storage: 'Không lưu được dữ liệu trên thiết bị này.',
    unsupported: 'Nguồn dữ liệu này không hỗ trợ thao tác được yêu cầu.',
  },
  en: {
    network: 'Could not reach the server. Please check the connection and try again.',
    timeout: (ms: number) => `The server did not answer within ${ms} ms. Please try again later.`,
    aborted: 'The request was cancelled.',
    server: (status: number) => `The server has a problem (status ${status}). Please try again later.`,
    bad_request: 'The server did not accept the data sent (status 400).',
    unauthorized: 'You need to sign in to do this (status 401).',
    forbidden: 'You are not allowed to do this (status 403).',
    not_found: 'The requested data was not found (status 404).',
    conflict: 'The data was changed elsewhere. Please reload and try again (status 409).',
    gone: 'This data has been deleted (status 410).',
    precondition_failed: 'Someone else saved this data just now. Please reload and try again (status 412).',
    payload_too_large: 'The data sent is too large (status 413).',
    unprocessable: 'The server rejected the data because it breaks its rules (status 422).',
    rate_limited: 'Too many requests. Please wait a moment and try again (status 429).',
    client_error: (status: number) => `The server refused the request (status ${status}).`,
    invalid_response: 'The server sent a response that could not be read.',
    invalid_request: 'The data to send is not in the expected format.',
    missing_id: 'The record has no identifier (id).',
    storage: 'The data could not be stored on this device.',
    unsupported: 'This data source does not support the requested operation.',
  },
});
