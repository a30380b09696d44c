/**
 * The CDN build's entry (dist/cdn/ansinh.js): one ES module that registers every element, for
 * pages that add ansinh with a single `<script type="module" src=".../ansinh.js">`.
 */
export * from './index.js';
