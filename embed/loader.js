// provider-compare: the loader, `widget.js`. Put it once on a page — in the page itself, or once
// for a whole site (in its footer) — as a classic script:
//   <script src="https://example.org/provider-compare/widget.js" defer></script>
// It mounts a widget into every element marked `data-provider-compare`, also into ones added
// to the page later, and on a page without such an element it loads nothing else and changes
// nothing. On a host page each widget lives in a shadow root with its own stylesheet, so the
// page's styles and the widget's stay apart; on the widget's own page
// (`<html data-provider-compare-page>`) it renders in place. When the widget cannot start (its
// files blocked by a missing CORS header, WebAssembly refused by the page's Content-Security-
// Policy), the marker says so in words, with the likely cause.
//
// Written by scripts/externalize-loader.mjs from embed/loader.js: the __PC_…__ names are the
// build's hashed files.
(() => {
  'use strict';
  const MARKER = 'data-provider-compare';
  const here = document.currentScript?.src
    || [...document.scripts].map((s) => s.src).find((src) => /\/widget\.js([?#].*)?$/.test(src));
  if (!here) return;
  const pc = (globalThis.__providerCompare ??= {});
  if (pc.loader) return; // the loader is on the page twice: the first one does the work
  pc.loader = true;
  pc.base = new URL('./', here).href;
  const files = {
    glue: new URL('./__PC_GLUE__', pc.base).href,
    wasm: new URL('./__PC_WASM__', pc.base).href,
    css: new URL('./__PC_CSS__', pc.base).href,
  };
  const ownPage = document.documentElement.hasAttribute('data-provider-compare-page');
  // The widget's lengths are multiples of --pc-rem (see widget.css): registered as a length, it
  // is the reader's default font size inside the widget whatever the host's root font size is.
  // The one thing the loader adds to a host page outside the widget's elements.
  try {
    CSS.registerProperty({ name: '--pc-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    // Registered already (a second copy of the loader), or a browser without the API.
  }

  // What a Content-Security-Policy refused, for the message (Chromium reports WebAssembly as
  // `wasm-eval`, Firefox as `wasm-unsafe-eval`/`eval`).
  let refused = '';
  document.addEventListener('securitypolicyviolation', (e) => {
    const uri = String(e.blockedURI || '');
    if (/eval|wasm/.test(uri) || uri.startsWith(pc.base)) refused = `${e.effectiveDirective} ${uri}`.trim();
  });

  let started = null;
  const start = () => (started ??= import(files.glue).then(async (glue) => {
    await glue.default({ module_or_path: files.wasm });
    return glue;
  }));

  const TEXT = {
    de: {
      loading: 'Der Provider-Vergleich wird geladen …',
      failed: 'Der Provider-Vergleich konnte nicht starten.',
      csp: 'Die Content-Security-Policy dieser Seite verbietet WebAssembly: script-src braucht \u2018wasm-unsafe-eval\u2019 (und die Adresse des Widgets).',
      files: `Die Dateien des Widgets unter ${pc.base} ließen sich nicht laden. Liegen sie auf einem anderen Server (oder ist der Vergleich in einen iframe mit sandbox eingebettet), muss dieser Server den Header Access-Control-Allow-Origin senden; sonst fehlt der Ordner oder die Adresse stimmt nicht.`,
      other: 'Technische Meldung: ',
      help: 'Für Website-Betreiber: README des Widgets, Abschnitt \u201eWenn nichts erscheint\u201c.',
      open: 'Vergleich in eigenem Fenster öffnen',
    },
    en: {
      loading: 'Loading the provider comparison …',
      failed: 'The provider comparison could not start.',
      csp: 'This page\u2019s Content-Security-Policy forbids WebAssembly: script-src needs \u2018wasm-unsafe-eval\u2019 (and the widget\u2019s address).',
      files: `The widget\u2019s files at ${pc.base} could not be loaded. If they are on another server (or the comparison is embedded in a sandboxed iframe), that server must send the Access-Control-Allow-Origin header; otherwise the folder is missing or the address is wrong.`,
      other: 'Technical message: ',
      help: 'For site owners: the widget\u2019s README, section \u201cWhen nothing appears\u201d.',
      open: 'Open the comparison in its own window',
    },
  };
  const textFor = (host) => TEXT[(host.getAttribute('data-lang') || document.documentElement.lang || 'de').slice(0, 2).toLowerCase()] || TEXT.de;

  const paragraph = (text, className, tag = 'p') => {
    const p = document.createElement(tag);
    p.className = className;
    p.textContent = text;
    return p;
  };

  /** Says in the widget's place that it could not start, and why (as far as the browser tells). */
  function showFailure(host, target, error) {
    const t = textFor(host);
    const message = String(error?.message || error || '');
    const csp = refused || /Content.Security.Policy|wasm-unsafe-eval|unsafe-eval/i.test(message);
    const files = !csp && (error?.name === 'TypeError' || /fetch|import|load|module|stylesheet/i.test(message));
    const box = document.createElement('div');
    box.className = 'pc-boot pc-boot--failed';
    box.setAttribute('role', 'alert');
    box.append(paragraph(t.failed, 'pc-boot-title'));
    box.append(paragraph(csp ? t.csp : files ? t.files : t.other + message, 'pc-boot-cause'));
    box.append(paragraph(t.help, 'pc-boot-help'));
    if (!ownPage) {
      const a = document.createElement('a');
      a.href = new URL('./index.html', pc.base).href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = t.open;
      const p = document.createElement('p');
      p.append(a);
      box.append(p);
    }
    target.replaceChildren(box);
    console.error('provider-compare: the widget could not start:', error);
    if (ownPage && window.parent !== window) {
      // A parent page that sizes its iframe should show this message, not the reserved space.
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      window.parent.postMessage({ type: 'provider-compare:height', height }, '*');
    }
  }

  const mounted = new WeakSet();
  function mount(host) {
    if (mounted.has(host) || host.hasAttribute('data-pc-mounted')) return;
    mounted.add(host);
    let target = host;
    let styled = Promise.resolve();
    if (!ownPage) {
      const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = files.css;
      link.integrity = '__PC_CSS_INTEGRITY__';
      link.crossOrigin = 'anonymous';
      target = document.createElement('div');
      target.className = 'pc-host';
      // A div, not a p: until the stylesheet is there, a p's default margins would collapse
      // through the marker and move the host's page.
      target.append(paragraph(textFor(host).loading, 'pc-boot', 'div'));
      styled = new Promise((ok, no) => {
        link.addEventListener('load', ok);
        link.addEventListener('error', () => no(new TypeError(`stylesheet ${files.css} did not load`)));
      });
      root.replaceChildren(link, target);
    }
    Promise.all([start(), styled])
      .then(([glue]) => glue.mount(host, target))
      .catch((error) => showFailure(host, target, error));
  }

  function scan(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.hasAttribute(MARKER)) mount(node);
    for (const el of node.querySelectorAll(`[${MARKER}]`)) mount(el);
  }
  scan(document.documentElement);
  // Markers a page adds later (content rendered after load, a tab opened): mounted as they come.
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
