/** Names, categories and texts for generated datasets (our own writing; common Azerbaijani and Russian names). */

export const AZ_MALE = ['Elvin', 'Rəşad', 'Orxan', 'Anar', 'Tural', 'Kamran', 'Ramil', 'Vüsal', 'Elnur', 'Fuad', 'Samir', 'Rauf', 'Zaur', 'Murad', 'Nicat', 'Ruslan', 'Emin', 'Elşən', 'Cavid', 'Ceyhun', 'Fərid', 'Namiq', 'Nurlan', 'Vüqar', 'Rövşən', 'Eldar', 'İlham', 'Tofiq', 'Ramiz', 'Arif', 'Ayaz', 'Babək', 'Elxan', 'Emil', 'Hüseyn', 'Həsən', 'İlqar', 'Kənan', 'Mahir', 'Nazim', 'Pərviz', 'Rüstəm', 'Seymur', 'Şahin', 'Taleh', 'Teymur', 'Toğrul', 'Ülvi', 'Yusif', 'Zakir'];
export const AZ_FEMALE = ['Aysel', 'Leyla', 'Günel', 'Nigar', 'Aynur', 'Səbinə', 'Lalə', 'Nərmin', 'Könül', 'Sevinc', 'Aytən', 'Gülnar', 'Ülviyyə', 'Fidan', 'Aygün', 'Nazlı', 'Şəbnəm', 'Təranə', 'Zəhra', 'Fatimə', 'Nərgiz', 'Sevda', 'Türkan', 'Arzu', 'Aytac', 'Elmira', 'Gülşən', 'Xatirə', 'İradə', 'Kəmalə', 'Məryəm', 'Nailə', 'Röya', 'Sevil', 'Solmaz', 'Ulduz', 'Vüsalə', 'Yeganə', 'Zərifə', 'Əsmər'];
/** Surnames in rough order of frequency (Məmmədov first), male form; female adds -a. */
export const AZ_SURNAMES = ['Məmmədov', 'Əliyev', 'Həsənov', 'Hüseynov', 'Quliyev', 'İsmayılov', 'Abbasov', 'Rzayev', 'Cəfərov', 'Babayev', 'Kərimov', 'Nəsirov', 'Süleymanov', 'Qasımov', 'İbrahimov', 'Orucov', 'Sadıqov', 'Musayev', 'Əhmədov', 'Bayramov', 'Mehdiyev', 'Zeynalov', 'Vəliyev', 'Rəhimov', 'Salmanov', 'Nağıyev', 'Hacıyev', 'Məhərrəmov', 'Allahverdiyev', 'Səfərov', 'Qurbanov', 'Kazımov', 'Tağıyev', 'Əsgərov', 'Heydərov', 'Əzizov', 'Rüstəmov', 'Cavadov', 'Yusifov', 'Şükürov'];
export const AZ_SURNAMES_LI = ['Əlizadə', 'Hüseynli', 'Məmmədli', 'Quliyeva', 'Rəhimli', 'Şirinli'];
/** Latin (passport/English-style) transliterations for the same surnames. */
export const LATIN_SURNAMES = ['Mammadov', 'Aliyev', 'Hasanov', 'Huseynov', 'Guliyev', 'Ismayilov', 'Abbasov', 'Rzayev', 'Jafarov', 'Babayev', 'Karimov', 'Nasirov', 'Suleymanov', 'Gasimov', 'Ibrahimov'];
export const RU_MALE = ['Эльвин', 'Рашад', 'Орхан', 'Анар', 'Турал', 'Камран', 'Фуад', 'Самир', 'Рауф', 'Заур', 'Мурад', 'Эмин', 'Сергей', 'Алексей', 'Дмитрий', 'Игорь'];
export const RU_FEMALE = ['Айсель', 'Лейла', 'Гюнель', 'Нигяр', 'Айнур', 'Сабина', 'Севиндж', 'Елена', 'Ольга', 'Наталья', 'Ирина'];
export const RU_SURNAMES = ['Мамедов', 'Алиев', 'Гасанов', 'Гусейнов', 'Кулиев', 'Исмаилов', 'Аббасов', 'Рзаев', 'Джафаров', 'Бабаев', 'Керимов', 'Иванов', 'Петров', 'Смирнов'];

/**
 * Categories a small shop or service gives its Page. The 2020 network used such categories (AIW saw art, shopping &
 * retail, web design, sports, cosmetics, e-commerce website); real sellers who comment as their Page under their own
 * name use the same ones. The list is deliberately wide (Facebook offers over a thousand categories) so that no
 * detector list covers it: both brigade Pages and real sellers draw from it.
 */
export const SHOP_CATEGORIES = [
  'Cosmetics store', 'Shopping & retail', 'Web designer', 'Sports', 'Art', 'E-commerce website', 'Clothing store', 'Health/beauty',
  'Jewelry/watches', 'Dentist', 'Makeup artist', 'Tutor/teacher', 'Interior design studio', 'Nail salon', 'Hair salon', 'Florist',
  'Bakery', 'Photographer', 'Tailor/seamstress', 'Car wash', 'Pet store', 'Mobile phone shop', 'Real estate agent',
  'Wedding planning service', 'Event planner', 'Personal trainer', 'Yoga studio', 'Language school', 'Driving school',
  'Printing service', 'Furniture store', 'Toy store', 'Home decor', 'Shoe store', 'Baby goods/kids goods', 'Graphic designer',
  'Travel agency', 'Caterer', 'Cafe', 'Pharmacy', 'Optician', 'Electronics store', 'Local service', 'Product/service',
  'Cleaning service', 'Plumbing service', 'Locksmith', 'Massage service', 'Tattoo and piercing shop', 'Psychologist',
  'Accountant', 'Lawyer & law firm', 'Car rental', 'Bridal shop', 'Perfume store', 'Hookah lounge', 'Gym/physical fitness center',
  'Candy store', 'Handbag store', 'Sewing & alterations', 'Cargo & freight company', 'Computer repair service',
];
/** Categories of a person's own Page (a real person's or one made to pass as one). */
export const PERSON_CATEGORIES = [
  'Blogger', 'Public figure', 'Personal blog', 'Digital creator', 'Journalist', 'Artist', 'Writer', 'Musician/band', 'Athlete',
  'Politician', 'Video creator', 'Author', 'Actor', 'Entrepreneur', 'Coach',
];

/** Brand-named businesses (not a person's name). */
export const BUSINESS_PAGES: [string, string][] = [
  ['Bakı Kosmetika Mərkəzi', 'Cosmetics store'], ['Gəncə Mebel Evi', 'Furniture store'], ['Xəzər Travel', 'Travel company'],
  ['Nərgiz Gözəllik Salonu', 'Beauty salon'], ['Kapital Market', 'Grocery store'], ['Sumqayıt Avto Servis', 'Automotive repair shop'],
  ['Bakı Kitab Evi', 'Book store'], ['Lənkəran Çay', 'Food & beverage company'], ['Şəki Halva Dükanı', 'Bakery'], ['Digital Marketing Baku', 'Advertising/marketing'],
  ['Qəbələ Otel', 'Hotel'], ['Abşeron Tikinti', 'Construction company'], ['Mingəçevir Elektronika', 'Electronics store'], ['Bakı Dental Klinika', 'Dentist'],
];
export const MEDIA_PAGES: [string, string][] = [
  ['Xəbər Portalı', 'News & media website'], ['Baku News TV', 'Media/news company'], ['Region Xəbərləri', 'Newspaper'], ['Sport Media AZ', 'Media'],
  ['Gündəm Xəbər', 'News & media website'], ['Bakı Radio', 'Radio station'],
];

/** Lines an operation pastes; each network uses its own subset, with emoji and punctuation varied. */
export const TEMPLATE_LINES = [
  'Prezidentimizə eşq olsun!', 'Bu saytlar ancaq yalan yayır', 'Xain müxalifətə yer yoxdur', 'Azərbaycan irəli, dövlətimiz güclüdür',
  'Qərəzli xəbərdir, heç kim inanmır', 'Xaricdən maliyyələşən saytlar', 'Ölkəmizin uğurlarını görməyən korlar', 'Yaşasın Azərbaycan!',
  'Bu jurnalistlər kimə işləyir görəsən', 'Hər şey qaydasındadır, təxribata uymayın', 'Dövlətimiz hər zaman xalqın yanındadır',
  'Bu yalan xəbərləri yayanlar utanmalıdır', 'Qarabağ Azərbaycandır, qalanı boş sözdür', 'Sifarişli material, oxumağa dəyməz',
  'Bu portal erməni lobbisinə işləyir', 'Xalq öz liderinin yanındadır', 'Yenə də qarayaxma kampaniyası', 'Haqq yerini tapacaq, dövlətə güvənirik',
  'Мы гордимся нашей страной!', 'Очередная ложь продажных СМИ', 'Кому выгодна эта провокация?', 'Azerbaijan is strong and united!',
  'Fake news again, shame on you', 'Bu saytı bağlamaq lazımdır', 'Müxalifət xalqı aldada bilməz', 'Gözəl ölkəmizi ləkələməyə çalışırlar',
];
const EMOJI = ['', ' 👍', ' 🇦🇿', ' 💪', ' 👏👏', '!!!', ' 🇦🇿🇦🇿', ' ❤️', '!', ' 👎'];
const ORGANIC_WORDS = ('bu xəbər çox maraqlıdır niyə belə oldu bəs kim cavab verəcək qiymətlər artır yollar bərbad vəziyyətdədir uşaqlar məktəb ' +
  'işsizlik maaş təqaüd həqiqət ədalət xalq hökumət deputat bələdiyyə su qaz işıq kəsilir sağ olun təşəkkür biabırçılıq doğru deyirsiniz ' +
  'razıyam razı deyiləm gözləyirik görək nə olacaq həkim xəstəxana avtobus metro tıxac kənd rayon pensiya kredit bank dollar manat ' +
  'qonşu ev kirayə universitet tələbə imtahan futbol hava yağış soyuq isti bazar çörək ət yağ bahalı ucuz').split(' ');
/** Words an operator uses when writing its own sentences instead of pasting (on message, never the same twice). */
const LOYAL_WORDS = ('dövlət lider prezident ölkə güclü inkişaf uğur xain yalan sifariş təxribat qərəzli xalq birlik vətən ordu qələbə ' +
  'Qarabağ sabitlik müxalifət xarici maliyyə jurnalist portal böhtan ədalət hörmət').split(' ');

/** One community's slogans, built around its own hashtag (a "#FreeMehman"-style campaign). */
export const CAMPAIGNS: { hashtag: string; subject: string }[] = [
  { hashtag: '#FreeMehman', subject: 'Mehman' }, { hashtag: '#AzadlıqBayrama', subject: 'Bayram' }, { hashtag: '#FreeTofiq', subject: 'Tofiq' },
  { hashtag: '#ƏdalətElmirə', subject: 'Elmir' }, { hashtag: '#FreeAfgan', subject: 'Afgan' }, { hashtag: '#SusmayaqRəşad', subject: 'Rəşad' },
];
const CAMPAIGN_FRAMES = ['{h} {s} azad olmalıdır!', '{h} Jurnalistlərə azadlıq!', '{s} azadlıq! {h}', '{h} Söz azadlığı cinayət deyil', 'Biz susmayacağıq {h}', '{h} {s} tək deyil', 'Siyasi məhbuslara azadlıq {h}'];

const pickFrom = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const sentence = (rand: () => number, words: readonly string[], min: number, spread: number) => {
  const length = min + Math.floor(rand() * spread);
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(pickFrom(rand, words));
  const text = out.join(' ');
  return text.charAt(0).toLocaleUpperCase('az') + text.slice(1) + (rand() < 0.5 ? '.' : rand() < 0.5 ? '?' : '!');
};

/** A pasted line from the network's own subset, with a varied ending. */
export function templateText(rand: () => number, lines: readonly string[]): string {
  return pickFrom(rand, lines) + pickFrom(rand, EMOJI);
}
/** An operator's own sentence: on message, mixing loyal and everyday words. */
export function loyalFreeText(rand: () => number): string {
  return sentence(rand, rand() < 0.5 ? LOYAL_WORDS : [...LOYAL_WORDS, ...ORGANIC_WORDS], 4, 12);
}
export function organicText(rand: () => number): string {
  return sentence(rand, ORGANIC_WORDS, 3, 14);
}
export function campaignText(rand: () => number, campaign: { hashtag: string; subject: string }): string {
  return pickFrom(rand, CAMPAIGN_FRAMES).replace('{h}', campaign.hashtag).replace('{s}', campaign.subject) + (rand() < 0.3 ? ' ✊' : '');
}
