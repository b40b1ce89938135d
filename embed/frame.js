// provider-compare: sizes iframes of the widget to their content. Put it once on the host page:
//   <script src=".../frame.js" defer></script>
// and mark each widget iframe with the attribute data-provider-compare-frame.
// The widget posts {type: "provider-compare:height", height: <CSS pixels>} to its parent whenever
// its height changes. A message is used only if it comes from one of those iframes (its window
// is the sender) and from the iframe's origin, or from "null" where the iframe is sandboxed
// without allow-same-origin (such a frame has no origin of its own).
(() => {
  'use strict';
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'provider-compare:height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height < 0) return;
    for (const frame of document.querySelectorAll('iframe[data-provider-compare-frame]')) {
      if (frame.contentWindow !== event.source) continue;
      const origin = new URL(frame.src, location.href).origin;
      const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
      if (event.origin !== origin && !(opaque && event.origin === 'null')) return;
      frame.style.height = `${Math.ceil(Math.min(height, 100000))}px`;
      return;
    }
  });
})();
