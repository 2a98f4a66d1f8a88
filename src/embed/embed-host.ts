// Optional, for pages that frame dist/cdn/embed.html: sizes each <iframe data-hm-embed> to its
// content and gives it the element's heading as a title if it has none (every iframe needs one).
// A classic script with no dependencies: <script src=".../embed-host.js" defer></script>.
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown; title?: unknown } | null;
  if (!data || data.type !== 'hm-embed:size' || typeof data.height !== 'number') return;
  for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe[data-hm-embed]'))) {
    if (frame.contentWindow !== event.source) continue;
    frame.style.height = `${Math.min(Math.max(Math.round(data.height), 50), 20000)}px`;
    // Only a title this script gave (marked) is replaced, say when the language arrives.
    if (typeof data.title === 'string' && data.title && (!frame.title || 'hmEmbedTitle' in frame.dataset)) {
      frame.title = data.title;
      frame.dataset.hmEmbedTitle = '';
    }
  }
});
