import { describe, expect, it } from 'vitest';
import { classifyName, foldLoose, nameSkeleton } from '../../src/signals/_shared/names.js';
import { categoryFit } from '../../src/signals/_shared/categories.js';

describe('person names', () => {
  it.each([
    ['Aysel Məmmədova', 'high'],
    ['ELVIN MAMMADOV', 'high'],
    ['Эльвин Мамедов', 'high'],
    ['Rəşad Əliyev', 'high'],
    ['Leyla Yunus', 'low'],
    ['İlham Hüseyn oğlu', 'high'],
    ['Nərmin Rəhimli', 'high'],
    ['Xəyalə Quliyeva', 'high'],
    ['Aysel Nails', 'none'],
    ['Aysel Sunshine', 'low'],
    ['Bakı Kosmetika Mərkəzi', 'none'],
    ['Xəbər TV', 'none'],
    ['Elvin', 'none'],
    ['Elvin 1985', 'none'],
    ['Əliyev Tekstil', 'none'],
  ])('%s → %s', (name, confidence) => {
    expect(classifyName(name).confidence).toBe(confidence);
  });

  it.each([
    ['Şəbnəm Əliyeva 🌸', 'high', 'given+surname', ['Şəbnəm', 'Əliyeva']],
    ['Sevinc M.', 'high', 'given+initial', ['Sevinc', 'M.']],
    ['konul.guliyeva43', 'high', 'handle:given+surname', ['konul', 'guliyeva']],
    ['Parvin_Sadigova', 'high', 'handle:given+surname', ['Parvin', 'Sadigova']],
    ['YelenaPavlova', 'high', 'handle:given+surname', ['Yelena', 'Pavlova']],
    ['parvintaghiyeva61', 'high', 'handle:given+surname', ['parvin', 'taghiyeva']],
    ['Nərgiz ☀️', 'low', 'given+decoration', ['Nərgiz']],
    ['M. N.', 'none', 'shape', ['M.', 'N.']],
    ['auto.salon99', 'none', 'organisation', ['auto', 'salon']],
    ['BakuFlowers', 'none', 'organisation', ['Baku', 'Flowers']],
    ['🌸🌸', 'none', 'shape', []],
    ['Məmmədov A', 'high', 'surname+initial', ['Məmmədov', 'A']],
    ['Leyla & Aysel', 'none', 'shape', ['Leyla', '&', 'Aysel']],
    ['Aysel və Anar', 'none', 'shape', ['Aysel', 'və', 'Anar']],
    ['AzerSun', 'none', 'shape', ['Azer', 'Sun']],
  ])('reads a name written as people write it on Facebook: %s → %s (%s)', (name, confidence, basis, tokens) => {
    expect(classifyName(name)).toEqual({ isPerson: confidence !== 'none', confidence, basis, tokens });
  });

  it('reads a hostile 16,000-character username without splitting it', () => {
    expect(classifyName(`${'x'.repeat(16_000)}.y`).basis).toBe('shape');
  });

  it('folds Azerbaijani I/ı and İ/i, and Cyrillic, to one Latin form', () => {
    expect(foldLoose('İSMAYIL')).toBe('ismayil');
    expect(foldLoose('Ismayıl')).toBe('ismayil');
    expect(foldLoose('Исмаил')).toBe('ismail');
  });

  it('gives transliterations of one surname one skeleton, and different surnames different ones', () => {
    const mammadov = ['Məmmədov', 'Mammadov', 'Mamedov', 'Мамедов', 'MƏMMƏDOV'].map(nameSkeleton);
    expect(new Set(mammadov).size).toBe(1);
    expect(new Set(['Hüseynov', 'Huseynov', 'Гусейнов'].map(nameSkeleton)).size).toBe(1);
    expect(new Set(['Cəfərov', 'Jafarov', 'Джафаров'].map(nameSkeleton)).size).toBe(1);
    expect(nameSkeleton('Məmmədov')).not.toBe(nameSkeleton('Əliyev'));
  });
});

describe('page categories', () => {
  it.each([
    ['Cosmetics store', 'off-topic'],
    ['Web designer', 'off-topic'],
    ['Art', 'off-topic'],
    ['Artist', 'person'],
    ['Politician', 'person'],
    ['PUBLIC FIGURE', 'person'],
    ['Media', 'ambiguous'],
    ['', 'unknown'],
  ])('%s → %s', (category, fit) => {
    expect(categoryFit(category)).toBe(fit);
  });
});
