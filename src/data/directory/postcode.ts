/** A UK postcode, normalised: the full code when there was one, and always the outward code. */
export interface Postcode {
  /** "BS1 4DJ"; absent when only an outward code was given ("BS1"). */
  full?: string;
  outward: string;
}

// Outward code shapes: A9, A99, AA9, AA99, A9A, AA9A (L = letter, D = digit).
const OUTWARD_SHAPES = ['LD', 'LDD', 'LLD', 'LLDD', 'LDL', 'LLDL'] as const;
const INWARD_SHAPE = 'DLL';
const TO_LETTER: Readonly<Record<string, string>> = { '0': 'O', '1': 'I' };
const TO_DIGIT: Readonly<Record<string, string>> = { O: '0', I: '1' };

/** Reads characters as a shape, fixing O/0 and I/1 slips; null if they cannot fit it. */
function fit(chars: string, shape: string): { value: string; fixes: number } | null {
  let value = '';
  let fixes = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const letter = /[A-Z]/.test(c);
    if (shape[i] === 'L') {
      if (letter) value += c;
      else if (c === '0' || c === '1') {
        value += TO_LETTER[c];
        fixes++;
      } else return null;
    } else if (/\d/.test(c)) value += c;
    else if (TO_DIGIT[c] !== undefined) {
      value += TO_DIGIT[c];
      fixes++;
    } else return null;
  }
  return { value, fixes };
}

// The letters allowed last in A9A and AA9A outward codes (never O or I).
const FINAL_LETTER: Readonly<Record<string, RegExp>> = { LDL: /[A-HJKPSTUW]$/, LLDL: /[ABEHMNPRVWXY]$/ };

function outwardOf(chars: string): string | null {
  if (chars === 'GIR') return chars;
  let best: { value: string; fixes: number } | null = null;
  for (const shape of OUTWARD_SHAPES) {
    if (shape.length !== chars.length) continue;
    const fitted = fit(chars, shape);
    if (fitted && FINAL_LETTER[shape] && !FINAL_LETTER[shape].test(fitted.value)) continue;
    if (fitted && (!best || fitted.fixes < best.fixes)) best = fitted;
  }
  return best?.value ?? null;
}

/**
 * Validates and normalises a UK postcode or outward code as people and feeds type them: any case
 * and spacing, with the common O/0 and I/1 slips put right ("bs14dj", "B51 4DJ" stay; "BSI 4DJ"
 * → "BS1 4DJ"). Returns null for anything that cannot be a postcode.
 */
export function parsePostcode(value: unknown): Postcode | null {
  if (typeof value !== 'string' || value.length > 20) return null;
  const chars = value.toUpperCase().replace(/[\s.-]+/g, '');
  if (chars.length >= 2 && chars.length <= 4) {
    const outward = outwardOf(chars);
    return outward ? { outward } : null;
  }
  if (chars.length < 5 || chars.length > 7) return null;
  const outward = outwardOf(chars.slice(0, -3));
  const inward = fit(chars.slice(-3), INWARD_SHAPE);
  if (!outward || !inward) return null;
  // The inward code never uses C, I, K, M, O or V.
  if (/[CIKMOV]/.test(inward.value.slice(1))) return null;
  return { full: `${outward} ${inward.value}`, outward };
}

/** The outward code of a postcode ("BS1" from "bs1 4dj"), or null. */
export const outwardCode = (value: unknown): string | null => parsePostcode(value)?.outward ?? null;
