import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

type Lang = 'vi' | 'en';

const text = {
  vi: {
    heading: 'ansinh: thành phần web cho dịch vụ công tác xã hội và an sinh xã hội',
    lead:
      'ansinh là một thư viện thành phần web (Web Components) dùng được với mọi framework, kèm ' +
      'hợp đồng dữ liệu có kiểu và hệ thống thiết kế, dành cho các cơ sở trợ giúp xã hội, bệnh ' +
      'viện và cổng thông tin an sinh xã hội tại Việt Nam.',
    useHeading: 'Cách dùng',
    use: [
      'Một thẻ <script type="module"> từ bản CDN là đủ để đăng ký mọi thành phần.',
      'Dữ liệu vào qua thuộc tính hoặc một thẻ <script type="application/json"> con, nên cổng ' +
        'PHP, Java hay .NET không cần viết JavaScript.',
      'Dữ liệu sai hợp đồng không làm hỏng trang: thành phần hiển thị lỗi có role="alert" và ' +
        'phát sự kiện ansinh-invalid.',
    ],
    toolbarHeading: 'Thanh công cụ',
    toolbar:
      'Dùng nút "Ngôn ngữ" để chuyển giữa tiếng Việt và tiếng Anh, và nút "Giao diện" để xem ' +
      'giao diện sáng, tối hoặc tương phản cao.',
  },
  en: {
    heading: 'ansinh: web components for social-work and social-protection services',
    lead:
      'ansinh is a framework-agnostic library of web components, with a typed data contract and ' +
      'a design system, for social-protection centres, hospitals and social-welfare portals in ' +
      'Viet Nam.',
    useHeading: 'How to use it',
    use: [
      'One <script type="module"> tag from the CDN build registers every element.',
      'Data goes in through properties or a child <script type="application/json">, so a PHP, ' +
        'Java or .NET portal needs no JavaScript of its own.',
      'Data that breaks the contract never breaks the page: the element shows an error with ' +
        'role="alert" and fires ansinh-invalid.',
    ],
    toolbarHeading: 'Toolbar',
    toolbar:
      'Use "Ngôn ngữ" (language) to switch between Vietnamese and English, and "Giao diện" ' +
      '(theme) to see the light, dark and high-contrast themes.',
  },
} satisfies Record<Lang, unknown>;

const meta: Meta = {
  title: 'Giới thiệu (Introduction)',
  // An ASCII id keeps story URLs readable; the title shown stays Vietnamese.
  id: 'introduction',
  parameters: { layout: 'padded' },
};
export default meta;

export const Overview: StoryObj = {
  name: 'Tổng quan (Overview)',
  render: (_args, context) => {
    const lang: Lang = context.globals['lang'] === 'en' ? 'en' : 'vi';
    const t = text[lang];
    return html`
      <article lang=${lang}>
        <h1>${t.heading}</h1>
        <p>${t.lead}</p>
        <h2>${t.useHeading}</h2>
        <ul>
          ${t.use.map((item) => html`<li>${item}</li>`)}
        </ul>
        <h2>${t.toolbarHeading}</h2>
        <p>${t.toolbar}</p>
      </article>
    `;
  },
};
