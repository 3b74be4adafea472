/**
 * Facebook Page categories, sorted by what they say about a person-named Page.
 * Meta's and AIW's reports list the fakes' categories as art, shopping & retail, web design,
 * sports, cosmetics, e-commerce website: plausible for a shop, not for a person.
 */

/** Categories a real person's own Page carries (Meta's "public figure" family). */
const PERSON_CATEGORIES = [
  'public figure', 'politician', 'political candidate', 'government official', 'journalist', 'blogger', 'personal blog',
  'writer', 'author', 'artist', 'visual artist', 'musician', 'musician/band', 'band', 'singer', 'actor', 'actress', 'athlete',
  'comedian', 'digital creator', 'video creator', 'gamer', 'gaming video creator', 'entrepreneur', 'lawyer', 'doctor',
  'scientist', 'teacher', 'coach', 'fitness trainer', 'photographer', 'dancer', 'model', 'chef', 'producer', 'film director',
  'director', 'editor', 'poet', 'activist', 'news personality', 'tv personality', 'fashion designer', 'motivational speaker',
  'public speaker', 'economist', 'historian', 'psychologist', 'religious leader', 'social activist', 'diplomat', 'personal website',
  'creator', 'influencer', 'critic', 'presenter', 'host', 'radio host', 'tv host', 'researcher', 'analyst', 'expert',
  'ictimai xadim', 'siyasətçi', 'jurnalist', 'bloger', 'yazıçı', 'общественный деятель', 'политик', 'журналист', 'блогер', 'писатель',
];

/**
 * Categories that neither fit nor contradict a person: a journalist's Page can be filed under
 * "Media" or "Community". A person-named Page there is weaker evidence than one filed as a shop.
 */
const AMBIGUOUS_CATEGORIES = [
  'media', 'news & media website', 'media/news company', 'community', 'organization', 'nonprofit organization',
  'public & government service', 'education', 'interest', 'just for fun', 'local business', 'cause', 'community organization',
  'political organization', 'political party', 'news personality', 'broadcasting & media production company',
];

const normalise = (category: string) => category.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
const PERSON = new Set(PERSON_CATEGORIES.map(normalise));
const AMBIGUOUS = new Set(AMBIGUOUS_CATEGORIES.map(normalise));

export type CategoryFit = 'person' | 'ambiguous' | 'off-topic' | 'unknown';

/** How a Page category fits a person-named Page. Exact match on the whole category, so "Art" ≠ "Artist". */
export function categoryFit(category: string): CategoryFit {
  const value = normalise(category);
  if (value === '' || value === 'unknown') return 'unknown';
  if (PERSON.has(value)) return 'person';
  if (AMBIGUOUS.has(value)) return 'ambiguous';
  return 'off-topic';
}
