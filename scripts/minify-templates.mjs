// Collapses the white space in the static parts of html`…` and css`…` tagged templates (Lit
// templates are strings a minifier leaves alone). HTML runs of white space become one space (never
// removed: between inline elements a space is content); CSS loses comments and the spaces a
// stylesheet does not need. Expressions inside ${…} are scanned so nested templates are handled too.

const css = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
const html = (text) => text.replace(/\s+/g, ' ');

/** Returns the index just past the closing quote of a string starting at `i`. */
function skipString(code, i) {
  const quote = code[i];
  for (let j = i + 1; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (code[j] === quote) return j + 1;
  }
  return code.length;
}

/** Scans a template literal whose backtick is at `i`; returns [rewritten, indexAfter]. */
function scanTemplate(code, i, kind) {
  let out = '`';
  let part = '';
  let j = i + 1;
  const flush = () => {
    out += kind === 'css' ? css(part) : kind === 'html' ? html(part) : part;
    part = '';
  };
  while (j < code.length) {
    const c = code[j];
    if (c === '\\') {
      part += c + code[j + 1];
      j += 2;
    } else if (c === '`') {
      flush();
      return [out + '`', j + 1];
    } else if (c === '$' && code[j + 1] === '{') {
      flush();
      const [expr, next] = scanExpression(code, j + 2);
      out += '${' + expr + '}';
      j = next;
    } else {
      part += c;
      j++;
    }
  }
  flush();
  return [out, j];
}

/** Scans JavaScript up to the `}` that closes a ${…}; returns [rewritten, indexAfter]. */
function scanExpression(code, i) {
  let out = '';
  let depth = 0;
  let j = i;
  while (j < code.length) {
    const c = code[j];
    if (c === "'" || c === '"') {
      const end = skipString(code, j);
      out += code.slice(j, end);
      j = end;
    } else if (c === '`') {
      const tag = /(?:^|[^\w$.])(html|css|svg)\s*$/.exec(out)?.[1];
      const [t, next] = scanTemplate(code, j, tag ?? 'plain');
      out += t;
      j = next;
    } else if (c === '{') {
      depth++;
      out += c;
      j++;
    } else if (c === '}') {
      if (depth === 0) return [out, j + 1];
      depth--;
      out += c;
      j++;
    } else {
      out += c;
      j++;
    }
  }
  return [out, j];
}

export function minifyTemplates(code) {
  let out = '';
  let j = 0;
  const tagged = /\b(html|css)`/g;
  let m;
  while ((m = tagged.exec(code))) {
    const start = m.index + m[1].length;
    out += code.slice(j, start);
    const [t, next] = scanTemplate(code, start, m[1]);
    out += t;
    j = next;
    tagged.lastIndex = next;
  }
  return out + code.slice(j);
}
