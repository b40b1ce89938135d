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
  // A classic script knows itself; loaded as a module (an older snippet) it looks for its tag, and
  // gives up rather than guess between two scripts called widget.js.
  const candidates = [...document.scripts].map((s) => s.src).filter((src) => /\/widget\.js([?#].*)?$/.test(src));
  const here = document.currentScript?.src || (candidates.length === 1 ? candidates[0] : '');
  if (!/^https?:/.test(here)) {
    console.warn('provider-compare: cannot tell which widget.js this is; load it as a classic script (see the README)');
    return;
  }
  const pc = (globalThis.__providerCompare ??= {});
  if (pc.loader) return; // the loader is on the page twice: the first one does the work
  pc.loader = true;
  pc.base = new URL('./', here).href;
  const files = {
    glue: new URL('./__PC_GLUE__', pc.base).href,
    wasm: new URL('./__PC_WASM__', pc.base).href,
    css: new URL('./__PC_CSS__', pc.base).href,
    // The module that fetches the wasm's part loaded on demand (a release build; empty in a debug
    // build). The glue imports it: asked for beside the glue, it does not wait for the glue to
    // arrive first.
    split: '__PC_SPLIT__' && new URL('./__PC_SPLIT__', pc.base).href,
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

  // Whether a Content-Security-Policy refused to compile the widget's WebAssembly (Chromium
  // reports it as `wasm-eval`; others as `eval` from the widget's own script).
  let wasmRefused = false;
  document.addEventListener('securitypolicyviolation', (e) => {
    const uri = String(e.blockedURI || '');
    if (uri === 'wasm-eval' || (uri === 'eval' && String(e.sourceFile || '').startsWith(pc.base))) wasmRefused = true;
  });

  // Each step names what failed: files that did not arrive (CORS, a missing folder) or WebAssembly
  // refused by the page's policy, told apart by the step and not by a browser's wording.
  const step = (stage, promise) => promise.catch((error) => {
    throw Object.assign(new Error(String(error?.message || error)), { stage, cause: error });
  });
  let started = null;
  const start = () => (started ??= step('import', Promise.all([
    import(files.glue),
    files.split && import(files.split),
  ]).then(([glue]) => glue)).then(async (glue) => {
    await step('init', glue.default({ module_or_path: files.wasm }));
    return glue;
  }));

  const TEXT = {
    de: {
      lang: 'de',
      loading: 'Der Provider-Vergleich wird geladen …',
      failed: 'Der Provider-Vergleich konnte nicht starten.',
      csp: 'Die Content-Security-Policy dieser Seite verbietet WebAssembly: script-src braucht \u2018wasm-unsafe-eval\u2019 (und die Adresse des Widgets).',
      files: `Die Dateien des Widgets unter ${pc.base} ließen sich nicht laden. Liegen sie auf einem anderen Server (oder ist der Vergleich in einen iframe mit sandbox eingebettet), muss dieser Server den Header Access-Control-Allow-Origin senden; sonst fehlt der Ordner oder die Adresse stimmt nicht.`,
      other: 'Technische Meldung: ',
      element: (tag) => `Ein <${tag}> kann den Vergleich nicht aufnehmen: Setzen Sie die Markierung auf ein <div>.`,
      help: 'Für Website-Betreiber: README des Widgets, Abschnitt \u201eWenn nichts erscheint\u201c.',
      open: 'Vergleich in eigenem Fenster öffnen',
    },
    en: {
      lang: 'en',
      loading: 'Loading the provider comparison …',
      failed: 'The provider comparison could not start.',
      csp: 'This page\u2019s Content-Security-Policy forbids WebAssembly: script-src needs \u2018wasm-unsafe-eval\u2019 (and the widget\u2019s address).',
      files: `The widget\u2019s files at ${pc.base} could not be loaded. If they are on another server (or the comparison is embedded in a sandboxed iframe), that server must send the Access-Control-Allow-Origin header; otherwise the folder is missing or the address is wrong.`,
      other: 'Technical message: ',
      element: (tag) => `A <${tag}> cannot hold the comparison: put the marker on a <div>.`,
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
  async function showFailure(host, target, error) {
    // A panic already left its own notice there.
    if (target.querySelector?.('.pc-crashed') || target.classList?.contains('pc-crashed')) return;
    // The policy's violation event is queued: let it arrive before deciding.
    await new Promise((ok) => setTimeout(ok));
    const t = textFor(host);
    const message = String(error?.message || error || '');
    const stage = error?.stage;
    const csp = stage === 'init' && (wasmRefused || /\bCSP\b|Content.Security.Policy|wasm-unsafe-eval|unsafe-eval/i.test(message));
    const files = !csp && (stage === 'import' || stage === 'style'
      || (stage === 'init' && (error?.cause?.name === 'TypeError' || /fetch|NetworkError/i.test(message))));
    const box = document.createElement('div');
    box.className = 'pc-boot pc-boot--failed';
    box.lang = t.lang;
    box.setAttribute('role', 'alert');
    box.append(paragraph(t.failed, 'pc-boot-title'));
    const cause = stage === 'element' ? t.element(host.localName) : csp ? t.csp : files ? t.files : t.other + message;
    box.append(paragraph(cause, 'pc-boot-cause'));
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
    // The note is short: the height the snippet reserved for the widget would leave a gap.
    host.style.removeProperty('min-height');
    console.error('provider-compare: the widget could not start:', error?.cause ?? error);
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
    // Drawn: the widget takes its own height, the snippet's reservation goes.
    host.addEventListener('provider-compare-drawn', () => host.style.removeProperty('min-height'), { once: true });
    let target = host;
    let styled = Promise.resolve();
    if (!ownPage) {
      let root;
      try {
        root = host.shadowRoot || host.attachShadow({ mode: 'open' });
      } catch (error) {
        // Not every element can hold a shadow root (a <td>, an <li>, an <a>): say so in it.
        showFailure(host, host, Object.assign(new Error(`<${host.localName}> cannot hold the widget`), { stage: 'element', cause: error }));
        return;
      }
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = files.css;
      link.integrity = '__PC_CSS_INTEGRITY__';
      link.crossOrigin = 'anonymous';
      target = document.createElement('div');
      target.className = 'pc-host';
      // A div, not a p: until the stylesheet is there, a p's default margins would collapse
      // through the marker and move the host's page.
      const loading = paragraph(textFor(host).loading, 'pc-boot', 'div');
      loading.lang = textFor(host).lang;
      target.append(loading);
      styled = new Promise((ok, no) => {
        link.addEventListener('load', ok);
        link.addEventListener('error', () => no(Object.assign(new TypeError(`stylesheet ${files.css} did not load`), { stage: 'style' })));
      });
      root.replaceChildren(link, target);
    }
    Promise.all([start(), styled])
      .then(([glue]) => {
        // Taken off the page while the files loaded: nothing to mount.
        if (host.isConnected) glue.mount(host, target);
      })
      .catch((error) => showFailure(host, target, error));
  }

  function scan(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    // The widgets' own elements (on the widget's page they are in the light DOM) hold no markers.
    if (node.closest('[data-pc-mounted]')) return;
    const found = node.matches(`[${MARKER}]`) ? [node] : [];
    found.push(...node.querySelectorAll(`[${MARKER}]`));
    for (const el of found) {
      try {
        mount(el);
      } catch (error) {
        console.error('provider-compare: a marker could not be mounted:', error);
      }
    }
  }
  scan(document.documentElement);
  // Markers a page adds later (content rendered after load, a tab opened, an element that gets
  // the attribute): mounted as they come.
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') scan(record.target);
      else for (const node of record.addedNodes) scan(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: [MARKER] });
})();
