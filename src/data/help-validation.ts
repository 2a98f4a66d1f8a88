import { HeldInMindError } from '../core/errors.js';
import { safeHttpUrl } from '../core/safe-url.js';

// Host "where to get help" cards. Pure data: the element maps them to its HelpCard type.

export interface HostHelpCard {
  level: 'talk' | 'urgent' | 'emergency';
  title: string;
  text: string;
  contacts: { label: string; href?: string }[];
}

const text = (value: unknown, max = 600): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : null;

/** Only phone numbers and http(s) links: a contact can never become a script URL. */
function contactHref(entry: Record<string, unknown>): string | undefined {
  const phone = text(entry.phone, 40);
  if (phone && /^[+\d][\d\s()-]{1,30}$/.test(phone)) return `tel:${phone.replace(/[\s()-]/g, '')}`;
  return safeHttpUrl(entry.url) ?? undefined;
}

/** Validates `[{ level, title, text, contacts: [{ label, phone | url }] }]`. */
export function validateHostHelp(input: unknown): { cards: HostHelpCard[]; problems: string[] } {
  if (!Array.isArray(input)) {
    throw new HeldInMindError('invalid', 'Help cards must be an array', {
      problems: ['expected [ { "level", "text" } ]'],
    });
  }
  const problems: string[] = [];
  const cards: HostHelpCard[] = [];
  input.slice(0, 12).forEach((raw, i) => {
    const entry = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const level = entry.level;
    const body = text(entry.text);
    if (level !== 'talk' && level !== 'urgent' && level !== 'emergency') {
      problems.push(`help[${i}]: "level" must be talk, urgent or emergency`);
      return;
    }
    if (!body) {
      problems.push(`help[${i}]: missing "text"`);
      return;
    }
    const contacts = Array.isArray(entry.contacts)
      ? entry.contacts.flatMap((c) => {
          const contact = c && typeof c === 'object' ? (c as Record<string, unknown>) : {};
          const label = text(contact.label, 120);
          if (!label) return [];
          const href = contactHref(contact);
          if ((contact.url || contact.phone) && !href)
            problems.push(`help[${i}]: contact "${label}" has an unusable phone or url`);
          return [{ label, ...(href ? { href } : {}) }];
        })
      : [];
    cards.push({ level, title: text(entry.title, 120) ?? '', text: body, contacts });
  });
  if (cards.length === 0) throw new HeldInMindError('invalid', 'No usable help cards', { problems });
  return { cards, problems };
}
