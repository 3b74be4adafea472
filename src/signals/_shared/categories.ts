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

/**
 * Categories of shops and services: what Meta and AIW saw on the 2020 network's Pages (art, shopping &
 * retail, web design, sports, cosmetics, e-commerce) and the common Facebook categories of small
 * businesses around them. A person-named Page filed here looks like the 2020 network — and like a
 * seller's Page under the owner's own name, so it is never enough alone (page-as-profile). Only listed
 * categories count: one the detector does not know ("Dentist", "Makeup artist", "Tutor/teacher") is
 * unknown and weighs like a missing one.
 */
const SHOP_CATEGORIES = [
  'art', 'arts & entertainment', 'arts & crafts store', 'shopping & retail', 'shopping & retail store', 'retail company',
  'e-commerce website', 'website', 'internet company', 'web designer', 'web design', 'graphic designer', 'software company',
  'cosmetics store', 'beauty, cosmetic & personal care', 'health/beauty', 'beauty salon', 'hair salon', 'nail salon', 'barber shop',
  'sports', 'sports & recreation', 'sports club', 'sporting goods store', 'gym/physical fitness center',
  'clothing store', "women's clothing store", "men's clothing store", "children's clothing store", 'clothing (brand)', 'shoe store',
  'jewelry/watches', 'jewelry & watches store', 'accessories', 'bags & luggage store', 'eyewear store',
  'furniture store', 'home decor', 'home improvement', 'household supplies', 'kitchen/cooking', 'appliances',
  'electronics', 'electronics store', 'mobile phone shop', 'computer store', 'video game store', 'games/toys', 'toy store',
  'baby goods/kids goods', 'pet supplies', 'pet store', 'florist', 'flowers', 'gift shop', 'book store', 'stationery store',
  'grocery store', 'supermarket', 'convenience store', 'bakery', 'dessert shop', 'restaurant', 'cafe', 'coffee shop', 'fast food restaurant',
  'product/service', 'brand', 'commercial & industrial', 'automotive', 'car dealership', 'automotive parts store', 'car rental',
  'real estate', 'real estate agent', 'travel agency', 'travel company', 'hotel', 'tour agency', 'cargo & freight company',
  'photography videography', 'event planner', 'wedding planning service', 'printing service', 'advertising/marketing', 'marketing agency',
  'mağaza', 'kosmetika', 'geyim mağazası', 'магазин', 'косметика', 'магазин одежды', 'интернет-магазин',
];

const normalise = (category: string) => category.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
const PERSON = new Set(PERSON_CATEGORIES.map(normalise));
const AMBIGUOUS = new Set(AMBIGUOUS_CATEGORIES.map(normalise));
const SHOP = new Set(SHOP_CATEGORIES.map(normalise));

export type CategoryFit = 'person' | 'ambiguous' | 'off-topic' | 'unknown';

/**
 * How a Page category fits a person-named Page. Exact match on the whole category, so "Art" ≠ "Artist".
 * `off-topic`: a listed shop or service category; `unknown`: blank, or a category not listed anywhere.
 */
export function categoryFit(category: string): CategoryFit {
  const value = normalise(category);
  if (value === '' || value === 'unknown') return 'unknown';
  if (PERSON.has(value)) return 'person';
  if (AMBIGUOUS.has(value)) return 'ambiguous';
  if (SHOP.has(value)) return 'off-topic';
  return 'unknown';
}
