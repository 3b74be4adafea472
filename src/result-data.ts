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
  return (utcMs) => ({
    utc: new Date(utcMs).toISOString(),
    local: new Date(utcMs + clock.offsetMs(utcMs)).toISOString().slice(0, 16).replace('T', ' '),
  });
}

/** A post id that is itself a web address links to the post; nothing else is turned into a link. */
export function postUrl(id: string): string | null {
  return /^https?:\/\/[^\s"'<>]+$/i.test(id) ? id : null;
}

export function postsOut(model: Model, zone: string): PostOut[] {
  const at = localTimeOf(ZoneClock.of(zone));
  const { createdMs, post: postOf, length } = model.columns;
  // One pass in row order: a post's comments lie scattered over the rows, and read post by post at 10⁷ rows every
  // one was a cache miss (1.0 s of a 10M scan, 20× the 1M scan's).
  const first = new Float64Array(model.posts.length).fill(Infinity), last = new Float64Array(model.posts.length).fill(-Infinity);
  for (let c = 0; c < length; c++) {
    const p = postOf[c]!, ms = createdMs[c]!;
    if (ms < first[p]!) first[p] = ms;
    if (ms > last[p]!) last[p] = ms;
  }
  return model.posts
    .map((post) => {
      const some = post.commentIdx.length > 0;
      return { id: post.id, url: postUrl(post.id), comments: post.commentIdx.length, firstComment: some ? at(first[post.index]!) : null, lastComment: some ? at(last[post.index]!) : null };
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
