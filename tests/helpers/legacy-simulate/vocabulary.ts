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

export const OFF_TOPIC_CATEGORIES = ['Cosmetics store', 'Web designer', 'Shopping & retail', 'Sports', 'Art', 'E-commerce website', 'Clothing store', 'Health/beauty', 'Video game store', 'Jewelry/watches'];
export const PERSON_CATEGORIES = ['Politician', 'Journalist', 'Blogger', 'Public figure', 'Artist', 'Writer', 'Musician/band', 'Athlete'];

export const BUSINESS_PAGES: [string, string][] = [
  ['Bakı Kosmetika Mərkəzi', 'Cosmetics store'], ['Gəncə Mebel Evi', 'Furniture store'], ['Xəzər Travel', 'Travel company'],
  ['Nərgiz Gözəllik Salonu', 'Beauty salon'], ['Kapital Market', 'Grocery store'], ['Sumqayıt Avto Servis', 'Automotive repair shop'],
  ['Bakı Kitab Evi', 'Book store'], ['Lənkəran Çay', 'Food & beverage company'], ['Şəki Halva Dükanı', 'Bakery'], ['Digital Marketing Baku', 'Advertising/marketing'],
];
/** Shops named after their owner: half a person's name, an off-topic category, and real. */
export const OWNER_SHOPS: [string, string][] = [
  ['Aysel Nails', 'Nail salon'], ['Leyla Cakes', 'Bakery'], ['Orxan Auto', 'Car dealership'], ['Günel Butik', 'Clothing store'],
  ['Nigar Flowers', 'Florist'], ['Elvin Foto', 'Photography videography'],
];
export const MEDIA_PAGES: [string, string][] = [
  ['Xəbər Portalı', 'News & media website'], ['Baku News TV', 'Media/news company'], ['Region Xəbərləri', 'Newspaper'], ['Sport Media AZ', 'Media'],
];

const BRIGADE_LINES = [
  'Prezidentimizə eşq olsun!', 'Bu saytlar ancaq yalan yayır', 'Xain müxalifətə yer yoxdur', 'Azərbaycan irəli, dövlətimiz güclüdür',
  'Qərəzli xəbərdir, heç kim inanmır', 'Xaricdən maliyyələşən saytlar', 'Ölkəmizin uğurlarını görməyən korlar', 'Yaşasın Azərbaycan!',
  'Bu jurnalistlər kimə işləyir görəsən', 'Hər şey qaydasındadır, təxribata uymayın',
];
const EMOJI = ['', ' 👍', ' 🇦🇿', ' 💪', ' 👏👏', '!!!', ' 🇦🇿🇦🇿'];
const ORGANIC_WORDS = 'bu xəbər çox maraqlıdır niyə belə oldu bəs kim cavab verəcək qiymətlər artır yollar bərbad vəziyyətdədir uşaqlar məktəb işsizlik maaş təqaüd həqiqət ədalət xalq hökumət deputat bələdiyyə su qaz işıq kəsilir sağ olun təşəkkür biabırçılıq doğru deyirsiniz razıyam razı deyiləm gözləyirik görək nə olacaq'.split(' ');
const ACTIVIST_LINES = ['#FreeMehman Mehman Hüseynov azad olmalıdır!', '#FreeMehman Jurnalistlərə azadlıq!', 'Mehmana azadlıq! #FreeMehman', '#FreeMehman Söz azadlığı cinayət deyil', 'Biz susmayacağıq #FreeMehman'];

export function brigadeText(rand: () => number, freeText: boolean): string {
  if (freeText) return organicText(rand);
  const line = BRIGADE_LINES[Math.floor(rand() * BRIGADE_LINES.length)]!;
  return line + EMOJI[Math.floor(rand() * EMOJI.length)]!;
}
export function organicText(rand: () => number): string {
  const length = 3 + Math.floor(rand() * 14);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(ORGANIC_WORDS[Math.floor(rand() * ORGANIC_WORDS.length)]!);
  const text = words.join(' ');
  return text.charAt(0).toLocaleUpperCase('az') + text.slice(1) + (rand() < 0.5 ? '.' : rand() < 0.5 ? '?' : '!');
}
export function activistText(rand: () => number): string {
  return ACTIVIST_LINES[Math.floor(rand() * ACTIVIST_LINES.length)]! + (rand() < 0.3 ? ' ✊' : '');
}
