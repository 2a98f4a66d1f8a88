// Namespaces by what they mean, not how a feed spells them. Feeds declare the itunes namespace as
// ".../DTDs/Podcast-1.0.dtd", write <ITunes:duration>, or use a prefix they never declared; each
// resolves to the same short key here ('itunes'), so the feed code asks for ('itunes', 'duration').

/** The namespace key of core RSS elements (no namespace, or RSS 1.0's). */
export const RSS = '';

const BY_URI: Readonly<Record<string, string>> = {
  'www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'podcastindex.org/namespace/1.0': 'podcast',
  'github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md': 'podcast',
  'purl.org/rss/1.0/modules/content': 'content',
  'podlove.org/simple-chapters': 'psc',
  'www.w3.org/2005/atom': 'atom',
  'search.yahoo.com/mrss': 'media',
  'purl.org/dc/elements/1.1': 'dc',
  'www.google.com/schemas/play-podcasts/1.0': 'googleplay',
  'www.w3.org/1999/02/22-rdf-syntax-ns': 'rdf',
  'www.w3.org/1999/xhtml': 'xhtml',
  'purl.org/rss/1.0': RSS,
  'backend.userland.com/rss2': RSS,
};

/** Prefixes feeds use without declaring them. */
const CONVENTIONAL: Readonly<Record<string, string>> = {
  itunes: 'itunes',
  podcast: 'podcast',
  content: 'content',
  psc: 'psc',
  atom: 'atom',
  atom10: 'atom',
  media: 'media',
  dc: 'dc',
  googleplay: 'googleplay',
  rdf: 'rdf',
  xml: 'xml',
};

/** The key for a namespace URI: its meaning if known, else the URI itself in lower case. */
export function namespaceKey(uri: string): string {
  const bare = uri
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[/#]+$/, '');
  return BY_URI[bare] ?? bare;
}

/** An element name resolved in a scope. */
export interface ResolvedName {
  ns: string;
  /** Local name in lower case. */
  name: string;
}

/** In-scope prefix declarations: exact spelling first, then any case, then convention. */
export class NamespaceScope {
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string>();
  // Feeds repeat a few dozen names thousands of times: resolve each once per scope.
  private readonly names = new Map<string, ResolvedName>();

  constructor(private readonly parent: NamespaceScope | null = null) {}

  declare(prefix: string, uri: string): void {
    const key = uri.trim() === '' ? RSS : namespaceKey(uri);
    this.exact.set(prefix, key);
    this.folded.set(prefix.toLowerCase(), key);
  }

  /** Namespace key and lower-case local name of a qualified name such as "itunes:duration". */
  resolveName(qname: string): ResolvedName {
    let resolved = this.names.get(qname);
    if (!resolved) {
      const colon = qname.indexOf(':');
      resolved = {
        ns: this.resolve(colon > 0 ? qname.slice(0, colon) : ''),
        name: (colon > 0 ? qname.slice(colon + 1) : qname).toLowerCase(),
      };
      if (this.names.size < 2000) this.names.set(qname, resolved);
    }
    return resolved;
  }

  resolve(prefix: string): string {
    return this.lookUp(prefix) ?? this.lookUpFolded(prefix.toLowerCase()) ?? fallback(prefix);
  }

  private lookUp(prefix: string): string | undefined {
    return this.exact.get(prefix) ?? this.parent?.lookUp(prefix);
  }

  private lookUpFolded(prefix: string): string | undefined {
    return this.folded.get(prefix) ?? this.parent?.lookUpFolded(prefix);
  }
}

function fallback(prefix: string): string {
  if (prefix === '') return RSS;
  const lower = prefix.toLowerCase();
  return CONVENTIONAL[lower] ?? `?${lower}`;
}
