import { ZoneClock } from './model/clock.js';
import type { Model } from './model/types.js';
import type { AccountComments, LocalTime, PostOut } from './result.js';
import type { Verdict } from './score/verdict.js';

/**
 * The parts of a result that only the report reads: the report is rendered from the result file
 * alone (`brigade report`), so what it shows of the model travels in the file.
 */

/** Comments listed per flagged account, and the characters kept of each: a million-comment scan's result stays small. */
export const COMMENTS_PER_ACCOUNT = 10;
export const COMMENT_TEXT_LIMIT = 400;

export function localTimeOf(clock: ZoneClock): (utcMs: number) => LocalTime {
  const days = new DayPrefixes();
  return (utcMs) => {
    const localMs = utcMs + clock.offsetMs(utcMs);
    if (!fourDigitYear(utcMs) || !fourDigitYear(localMs)) {
      return { utc: new Date(utcMs).toISOString(), local: new Date(localMs).toISOString().slice(0, 16).replace('T', ' ') };
    }
    const utcDay = Math.floor(utcMs / DAY_MS), localDay = Math.floor(localMs / DAY_MS);
    const utcTime = utcMs - utcDay * DAY_MS, localTime = localMs - localDay * DAY_MS;
    return {
      utc: `${days.of(utcDay)}T${clockTime(utcTime)}:${TWO_DIGITS[Math.floor(utcTime / 1000) % 60]}.${THREE_DIGITS[utcTime % 1000]}Z`,
      local: `${days.of(localDay)} ${clockTime(localTime)}`,
    };
  };
}

const DAY_MS = 86_400_000;
/** Whole milliseconds in the years 0000–9999, which toISOString writes as "YYYY-MM-DDTHH:mm:ss.sssZ"; other times go through Date. */
const fourDigitYear = (ms: number) => Number.isInteger(ms) && ms >= -62_167_219_200_000 && ms < 253_402_300_800_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
/** "HH:mm" of a time of day in milliseconds. */
const clockTime = (ms: number) => `${TWO_DIGITS[Math.floor(ms / 3_600_000)]}:${TWO_DIGITS[Math.floor(ms / 60_000) % 60]}`;

/**
 * The "YYYY-MM-DD" of toISOString, asked of Date once per day: a result lists about 100k comments'
 * times, and two toISOString calls each were a third of a second of the 1M scan (the rest of the
 * string is the time of day, written from numbers).
 */
class DayPrefixes {
  private readonly byDay = new Map<number, string>();
  of(day: number): string {
    let prefix = this.byDay.get(day);
    if (prefix === undefined) this.byDay.set(day, (prefix = new Date(day * DAY_MS).toISOString().slice(0, 10)));
    return prefix;
  }
}

/** A post id that is itself a web address links to the post; nothing else is turned into a link. */
export function postUrl(id: string): string | null {
  return /^https?:\/\/[^\s"'<>]+$/i.test(id) ? id : null;
}

export function postsOut(model: Model, zone: string): PostOut[] {
  const at = localTimeOf(ZoneClock.of(zone));
  const { createdMs } = model.columns;
  return model.posts
    .map((post) => {
      let first = Infinity, last = -Infinity;
      for (const c of post.commentIdx) {
        const ms = createdMs[c]!;
        if (ms < first) first = ms;
        if (ms > last) last = ms;
      }
      const some = post.commentIdx.length > 0;
      return { id: post.id, url: postUrl(post.id), comments: post.commentIdx.length, firstComment: some ? at(first) : null, lastComment: some ? at(last) : null };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function accountCommentsOut(model: Model, verdicts: Verdict[], zone: string): AccountComments[] {
  const at = localTimeOf(ZoneClock.of(zone));
  const { createdMs, ids, texts, post, postIds } = model.columns;
  const out: AccountComments[] = [];
  model.accounts.forEach((account, a) => {
    if (verdicts[a] === 'authentic' || account.commentIdx.length === 0) return;
    out.push({
      account: account.id,
      total: account.commentIdx.length,
      // Earliest first (then by id): row order must not change the result.
      comments: [...account.commentIdx]
        .sort((x, y) => createdMs[x]! - createdMs[y]! || ids.compare(x, y))
        .slice(0, COMMENTS_PER_ACCOUNT)
        .map((c) => {
          const text = texts.at(c);
          const truncated = text.length > COMMENT_TEXT_LIMIT;
          return { id: ids.at(c), post: postIds[post[c]!]!, time: at(createdMs[c]!), text: truncated ? cut(text, COMMENT_TEXT_LIMIT) : text, truncated };
        }),
    });
  });
  return out.sort((x, y) => (x.account < y.account ? -1 : x.account > y.account ? 1 : 0));
}

/** The first `limit` UTF-16 units, never half a surrogate pair. */
function cut(text: string, limit: number): string {
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

/** A network's first and last comment by any member. */
export function activityOf(model: Model, members: number[], zone: string): { first: LocalTime; last: LocalTime } | null {
  let first = Infinity, last = -Infinity;
  for (const a of members) {
    for (const c of model.accounts[a]!.commentIdx) {
      const ms = model.columns.createdMs[c]!;
      if (ms < first) first = ms;
      if (ms > last) last = ms;
    }
  }
  if (first === Infinity) return null;
  const at = localTimeOf(ZoneClock.of(zone));
  return { first: at(first), last: at(last) };
}
