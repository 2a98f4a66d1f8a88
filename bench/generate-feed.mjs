// A realistic podcast feed of N episodes (about 7 KB each, as in DESIGN.md's budget): itunes,
// Podcasting 2.0 and Podlove Simple Chapters tags, escaped HTML descriptions, CDATA show notes
// and a sprinkling of entities. Deterministic (seeded), so every run parses the same bytes.
// Plain ES module with no Node APIs: the benchmark page imports it and builds the feed in place.

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS =
  'baby carer sleep feed cry settle cuddle play talk listen repair rupture calm breathe pause notice name feeling routine nap bath story song walk outside grandparent partner health visitor midwife nursery tired gentle kind patience together moment'.split(
    ' ',
  );

export function generateFeed(episodes, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = () => {
    const s = words(8 + Math.floor(rand() * 10));
    return s[0].toUpperCase() + s.slice(1) + '.';
  };
  const paragraph = (n) => Array.from({ length: n }, sentence).join(' ');
  const out = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:psc="http://podlove.org/simple-chapters" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Held in Mind: the benchmark show</title>
<link>https://podcast.example/</link>
<atom:link href="https://podcast.example/feed.xml" rel="self" type="application/rss+xml"/>
<description>${paragraph(3)}</description>
<language>en-GB</language>
<itunes:author>Held in Mind</itunes:author>
<itunes:image href="https://podcast.example/art.jpg"/>
<itunes:explicit>false</itunes:explicit>
<podcast:guid>5f1c0b2e-0000-4000-8000-000000000000</podcast:guid>
<podcast:funding url="https://podcast.example/support">Support the show</podcast:funding>
`);
  const start = Date.UTC(2026, 10, 1, 6, 0, 0);
  for (let i = episodes; i >= 1; i--) {
    const date = new Date(start - (episodes - i) * 7 * 86400000).toUTCString();
    const seconds = 900 + Math.floor(rand() * 3000);
    const hh = String(Math.floor(seconds / 3600)).padStart(2, '0');
    const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
    const ss = String(seconds % 60).padStart(2, '0');
    const chapters = [0, 0.2, 0.45, 0.7, 0.9]
      .map((f, c) => {
        const t = Math.floor(seconds * f);
        const npt = `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}.000`;
        return `  <psc:chapter start="${npt}" title="Part ${c + 1}: ${words(3)}"/>`;
      })
      .join('\n');
    const notes = Array.from({ length: 12 }, () => `<p>${paragraph(4)}</p>`).join('\n');
    out.push(`<item>
<title>Episode ${i}: ${words(4)} &amp; ${words(2)}</title>
<link>https://podcast.example/episodes/${i}</link>
<guid isPermaLink="false">hm-bench-${i}</guid>
<pubDate>${date}</pubDate>
<description>&lt;p&gt;${paragraph(6)}&lt;/p&gt;&lt;p&gt;It&#8217;s ${words(6)}.&lt;/p&gt;</description>
<content:encoded><![CDATA[${notes}
<ul><li>${words(6)}</li><li>${words(6)}</li><li><a href="https://podcast.example/links/${i}">Links &amp; resources</a></li></ul>]]></content:encoded>
<enclosure url="https://media.podcast.example/ep${i}.mp3" length="${seconds * 16000}" type="audio/mpeg"/>
<itunes:duration>${i % 3 === 0 ? seconds : `${hh}:${mm}:${ss}`}</itunes:duration>
<itunes:image href="https://podcast.example/art/${i}.jpg"/>
<itunes:episode>${i}</itunes:episode>
<itunes:season>${1 + Math.floor(i / 50)}</itunes:season>
<itunes:episodeType>${i % 25 === 0 ? 'bonus' : 'full'}</itunes:episodeType>
<itunes:explicit>false</itunes:explicit>
<itunes:author>Held in Mind</itunes:author>
<podcast:transcript url="https://podcast.example/transcripts/${i}.vtt" type="text/vtt"/>
<podcast:transcript url="https://podcast.example/transcripts/${i}.json" type="application/json" language="en"/>
<podcast:chapters url="https://podcast.example/chapters/${i}.json" type="application/json+chapters"/>
<podcast:person role="host" img="https://podcast.example/people/sam.jpg">Sam Carer</podcast:person>
<podcast:person role="guest" href="https://podcast.example/people/${i}">${words(2)}</podcast:person>
<podcast:soundbite startTime="${Math.floor(seconds / 3)}" duration="45">${words(5)}</podcast:soundbite>
<podcast:alternateEnclosure type="audio/opus" length="${seconds * 8000}" bitrate="64000" lang="cy">
  <podcast:source uri="https://media.podcast.example/cy/ep${i}.opus"/>
</podcast:alternateEnclosure>
<psc:chapters version="1.2">
${chapters}
</psc:chapters>
</item>
`);
  }
  out.push('</channel>\n</rss>\n');
  return out.join('');
}
