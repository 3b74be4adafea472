import { describe, expect, it } from 'vitest';
import { BrigadeError } from '../../src/errors.js';
import { Random } from '../../src/util/random.js';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

/**
 * Seeded fuzzing of every reader: random bytes, and mutations of valid files in each format, must end
 * in a result or a BrigadeError (exit 2 with a message) — never another exception, never a hang.
 */
const SEEDS = [
  'comment_id,post_id,author_id,author_name,author_type,author_category,created_at,text,like_count\nc1,p,a,Aysel Məmmədova,page,Sports,2021-03-01T10:00:00Z,"x, ""y""",3\n',
  '\ufeff"level";"id";"parent_id";"object_id";"object_type";"query_type";"message";"created_time";"from.id";"from.name"\r\n"1";"2";"1";"p_1";"data";"x/comments";"hi";"2024-05-01T08:03:12+0000";"9";"N"\r\n',
  '{"data":[{"id":"1_2","created_time":"2024-05-01T08:03:12+0000","from":{"id":"9","name":"N","category":"Art"},"message":"hi","comments":{"data":[]}}]}',
  'id,post_id,parent_comment_id,text,creation_time,owner.id,owner.name,owner.type\n1,2,,t,2024-05-01T08:03:12,3,N,page\n',
  '[{"facebookUrl":"u","id":"Y29tbWVudDoxXzI=","date":"2024-05-01T08:03:12Z","profileName":"N","likesCount":"2"}]',
  '{"cid":"a","text":"t","author":"@x","channel":"UC1","votes":"1.2K","time_parsed":1652000000.0}\n{"cid":"a.b","text":"r","channel":"UC2","time_parsed":1652000001}\n',
  '[{"post_id":"1","comments_full":[{"comment_id":"2","commenter_name":"N","comment_time":"2023-06-23 00:00:00","replies":[{"comment_id":"3","commenter_name":"M","comment_time":"2023-06-23 10:00:00"}]}]}]',
  '{"comments_v2":[{"timestamp":1714550592,"data":[{"comment":{"timestamp":1714550592,"comment":"nec\u00c9\u0099","author":"A"}}]}]}',
];

function mutate(random: Random, text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const out = Buffer.from(bytes);
  const edits = 1 + random.int(6);
  for (let e = 0; e < edits; e++) {
    const at = random.int(out.length);
    out[at] = random.chance(0.5) ? random.int(256) : '",;\n\r{}[]:\\'.charCodeAt(random.int(13));
  }
  return random.chance(0.2) ? out.subarray(0, random.int(out.length)) : out;
}

describe('fuzzing the readers', () => {
  it('ends every mutated input in a result that accounts for every row, or in an input error naming the file', async () => {
    const random = new Random(2021);
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 160; i++) {
      if (i % 4 === 0) files[`random-${i}.csv`] = Buffer.from(Array.from({ length: random.int(400) }, () => random.int(256)));
      else files[`mutated-${i}.${i % 3 === 0 ? 'json' : 'csv'}`] = mutate(random, SEEDS[i % SEEDS.length]!);
    }
    const paths = tempFiles(files);
    let results = 0, errors = 0;
    for (const name of Object.keys(files)) {
      try {
        const result = await scan([paths[name]!], { skipBadRows: random.chance(0.5) });
        // Nothing lost silently: every row read is used, rejected, skipped or a duplicate.
        for (const input of result.meta.inputs) {
          expect(input.read, `${name}: ${JSON.stringify(input)}`).toBe(input.used + input.rejected + input.skipped + input.duplicates);
        }
        expect(result.rows.read, name).toBe(result.rows.used + result.rows.rejected + result.rows.skipped + result.rows.duplicates);
        expect(result.summary.comments, name).toBe(result.rows.used);
        results++;
      } catch (error) {
        // An input error (exit 2), never an internal one (exit 3) or another exception.
        expect(error, `${name}: ${(error as Error).stack}`).toBeInstanceOf(BrigadeError);
        expect((error as BrigadeError).exitCode, name).toBe(2);
        expect((error as Error).message).toContain(name);
        errors++;
      }
    }
    // Inputs with rows but none usable are input errors too (NoCommentsError), so fewer end in a result.
    expect(results).toBeGreaterThan(5);
    expect(errors).toBeGreaterThan(10);
  }, 120_000);
});
