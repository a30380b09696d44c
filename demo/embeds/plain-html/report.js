// Test reporter of the plain-HTML embedding proof. A classic script loaded before the CDN module,
// so it hears every violation from the start. It reports to the page that framed it, by
// postMessage (the policy forbids inline scripts, so this file is external):
//   { source: 'ansinh-embed', page, violations, errors, elements, extra }
// - violations: every `securitypolicyviolation` (CSP and Trusted Types);
// - errors: uncaught errors and rejections (a Trusted Types sink throws a TypeError);
// - elements: for every ansinh-* element in the page, whether it is defined, rendered, shows
//   contract errors, and shows its `data-expect-text`.
// `?extra=ansinh-a,ansinh-b` adds one instance of each listed element not already on the page.
(function () {
  'use strict';
  var violations = [];
  var errors = [];
  var TAG = /^ansinh-[a-z0-9-]+$/;

  document.addEventListener('securitypolicyviolation', function (e) {
    violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile ? e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber : '',
    });
  });
  window.addEventListener('error', function (e) {
    errors.push(String(e.message || (e.error && e.error.message) || e.type));
  });
  window.addEventListener('unhandledrejection', function (e) {
    var r = e.reason;
    errors.push('unhandled rejection: ' + String((r && r.message) || r));
  });

  function sleep(ms) {
    return new Promise(function (r) {
      setTimeout(r, ms);
    });
  }

  /** Visible text of a subtree, through shadow roots, without script or style contents. */
  function deepText(node) {
    var out = '';
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    if (node.localName === 'script' || node.localName === 'style') return '';
    if (node.shadowRoot) out += deepText(node.shadowRoot);
    for (var c = node.firstChild; c; c = c.nextSibling) out += deepText(c);
    return out;
  }

  function inspect(el) {
    var tag = el.localName;
    var defined = !!customElements.get(tag);
    var root = el.shadowRoot;
    var text = deepText(el).replace(/\s+/g, ' ');
    var expect = el.getAttribute('data-expect-text');
    return {
      tag: tag,
      defined: defined,
      rendered: !!root && root.childNodes.length > 0,
      contractErrors: el.hasContractErrors === true,
      issues: (el.contractIssues || []).map(function (i) {
        return (i.path || []).join('.') + ' ' + (i.code || '');
      }),
      expectText: expect,
      textFound: expect === null ? true : text.indexOf(expect) !== -1,
    };
  }

  function ok(r) {
    return r.defined && r.rendered && !r.contractErrors && r.textFound;
  }

  async function main() {
    var params = new URLSearchParams(location.search);
    var extra = (params.get('extra') || '').split(',').filter(function (t) {
      return TAG.test(t);
    });
    var box = document.getElementById('extra');
    var added = [];
    extra.forEach(function (tag) {
      if (box && !document.querySelector(tag)) {
        box.appendChild(document.createElement(tag));
        added.push(tag);
      }
    });
    var all = Array.prototype.filter.call(document.querySelectorAll('*'), function (el) {
      return TAG.test(el.localName);
    });
    var tags = Array.from(new Set(all.map(function (el) { return el.localName; })));
    // Undefined tags never resolve: wait a bounded time, then report them as missing.
    await Promise.race([
      Promise.all(tags.map(function (t) { return customElements.whenDefined(t); })),
      sleep(3000),
    ]);
    // Elements may load templates or chunks after upgrading: poll until every check holds.
    var deadline = Date.now() + Number(params.get('settle') || 6000);
    var results;
    for (;;) {
      await Promise.all(all.map(function (el) { return el.updateComplete; }));
      results = all.map(inspect);
      if (results.every(ok) || Date.now() > deadline) break;
      await sleep(100);
    }
    // Late violations (lazy chunks, charts drawing) get a moment to arrive.
    await sleep(300);
    parent.postMessage(
      {
        source: 'ansinh-embed',
        page: location.pathname,
        violations: violations,
        errors: errors,
        elements: results,
        extra: added,
      },
      location.origin,
    );
  }

  if (document.readyState === 'complete') main();
  else window.addEventListener('load', main);
})();
