import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { planDecoding } from '../../src/ingest/decode.js';
import { tempFiles } from '../helpers/files.js';
import { scan } from '../helpers/scan.js';

const TEXT = 'author_id,author_name,created_at\n1,Эльвин Мамедов,2021-03-01T10:00:00Z\n2,Aysel Məmmədova,2021-03-01T11:00:00Z\n';
const names = async (file: string) => (await scan([file])).accounts.map((a) => a.name).sort();

function utf16(text: string, bigEndian = false): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (!bigEndian) return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

describe('encodings', () => {
  it('reads UTF-16LE (Excel "Unicode Text", tab-separated) and UTF-16BE by their BOM', async () => {
    const f = tempFiles({ 'le.txt': utf16(TEXT.replace(/,/g, '\t')), 'be.csv': utf16(TEXT, true) });
    expect(await names(f['le.txt'])).toEqual(['Aysel Məmmədova', 'Эльвин Мамедов']);
    expect(await names(f['be.csv'])).toEqual(['Aysel Məmmədova', 'Эльвин Мамедов']);
  });

  it('guesses Windows-1251 or Windows-1254 for text that is not UTF-8, and says so', async () => {
    const cyrillic = Buffer.from([...Buffer.from('author_id,author_name,created_at\n1,'), 0xdd, 0xeb, 0xfc, 0xe2, 0xe8, 0xed, 0x20, 0xcc, 0xe0, 0xec, 0xe5, 0xe4, 0xee, 0xe2, ...Buffer.from(',2021-03-01T10:00:00Z\n')]);
    const turkish = Buffer.from([...Buffer.from('author_id,author_name,created_at\n1,'), 0x49, 0x73, 0x6d, 0x61, 0x79, 0xfd, 0x6c, 0x20, 0xde, 0xfc, 0x6b, 0xfc, 0x72, 0x6f, 0x76, ...Buffer.from(',2021-03-01T10:00:00Z\n')]);
    expect(planDecoding(cyrillic)).toEqual({ gzip: false, encoding: 'windows-1251', basis: 'guess' });
    expect(planDecoding(turkish)).toEqual({ gzip: false, encoding: 'windows-1254', basis: 'guess' });
    const f = tempFiles({ 'ru.csv': cyrillic, 'tr.csv': turkish });
    const ru = await scan([f['ru.csv']]);
    expect(ru.accounts[0]!.name).toBe('Эльвин Мамедов');
    expect(ru.warnings.find((w) => w.code === 'encoding-guessed')!.args.encoding).toBe('windows-1251');
    expect((await scan([f['tr.csv']])).accounts[0]!.name).toBe('Ismayıl Şükürov');
  });

  it('keeps valid UTF-8 as UTF-8 wherever the sniffed head happens to end', () => {
    // A head cut 5 bytes after the start of "ə" used to lose its first byte to a fixed 4-byte trim
    // and be misread as Windows-1251 (a generated export showed "Məmmədova" as "MЙ™mmЙ™dova").
    const bytes = Buffer.from('id,name\n1,Məmmədova 😀 Мамедов\n');
    for (let end = 0; end <= bytes.length; end++) {
      expect(planDecoding(bytes.subarray(0, end)).encoding, `head of ${end} bytes`).toBe('utf-8');
    }
  });

  it('reads gzip transparently and hashes the file as stored', async () => {
    const f = tempFiles({ 'c.csv.gz': gzipSync(Buffer.from(TEXT)), 'c.csv': TEXT });
    const zipped = await scan([f['c.csv.gz']]);
    expect(zipped.accounts.map((a) => a.name).sort()).toEqual(await names(f['c.csv']));
    expect(zipped.meta.inputs[0]).toMatchObject({ gzip: true, encoding: 'utf-8' });
    expect(zipped.meta.inputs[0]!.sha256).not.toBe((await scan([f['c.csv']])).meta.inputs[0]!.sha256);
  });

  it('refuses a UTF-16 file with a broken surrogate pair and a corrupt gzip, naming the file', async () => {
    const broken = Buffer.concat([utf16('author_id,created_at\n1,2021-03-01T10:00:00Z\n'), Buffer.from([0x3d, 0xd8, 0x41, 0x00])]);
    const corrupt = Buffer.concat([gzipSync(Buffer.from(TEXT)).subarray(0, 20), Buffer.from('garbage garbage garbage')]);
    const f = tempFiles({ 'broken.csv': broken, 'corrupt.csv.gz': corrupt });
    await expect(scan([f['broken.csv']])).rejects.toThrow(/broken\.csv: cannot be decoded: invalid utf-16le/);
    await expect(scan([f['corrupt.csv.gz']])).rejects.toThrow(/corrupt\.csv\.gz: (is not valid gzip|cannot be read)/);
  });
});
