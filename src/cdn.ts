/**
 * The CDN build's entry (dist/cdn/ansinh.js): one small ES module for pages that add ansinh with a
 * single `<script type="module" src=".../ansinh.js">`. It registers nothing up front: the loader
 * (src/loader.ts) loads each element's code when its first instance appears. The data sources,
 * the contract and the FHIR mapping are their own CDN modules beside it (dist/cdn/data.js,
 * contract.js, fhir.js), sharing chunks with the elements.
 */
import { start } from './loader.js';

export { discover, load, ELEMENT_MODULES, type AnsinhTag, type AnsinhLoadErrorDetail } from './loader.js';

start();
