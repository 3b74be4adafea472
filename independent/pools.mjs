// Name, category and text pools, written for this generator from public facts (Meta Oct 2020,
// the Guardian Apr 2021, AIW, 2012 surname counts) and ordinary Azerbaijani Facebook usage.

export const MALE = ['Elvin', 'Rəşad', 'Orxan', 'Tural', 'Kamran', 'Anar', 'Elnur', 'Ramil', 'Vüqar', 'Fərid', 'Cavid',
  'Nicat', 'Murad', 'Emin', 'Səbuhi', 'Rauf', 'İlkin', 'Ülvi', 'Samir', 'Zaur', 'Rüfət', 'Elçin', 'Famil', 'Azər',
  'Mahir', 'Babək', 'Ceyhun', 'Toğrul', 'Nurlan', 'Əli', 'Hüseyn', 'Ruslan', 'Vasif', 'Şahin', 'Xəyal', 'Natiq',
  'Mübariz', 'Qabil', 'İlqar', 'Əkbər', 'Fuad', 'Namiq', 'Yusif', 'Sənan', 'Pərviz', 'Teymur', 'Kənan', 'Elşən'];
export const FEMALE = ['Aysel', 'Günel', 'Leyla', 'Nigar', 'Səbinə', 'Aynur', 'Könül', 'Türkan', 'Lalə', 'Nərmin',
  'Ülviyyə', 'Fidan', 'Gülnar', 'Sevinc', 'Aytən', 'Səidə', 'Zəhra', 'Aygün', 'Xədicə', 'Mələk', 'Şəbnəm', 'Rəna',
  'Aida', 'Jalə', 'Kəmalə', 'Vüsalə', 'Pərvin', 'Əsmər', 'Nazlı', 'İlahə', 'Gülşən', 'Təranə', 'Samirə', 'Arzu',
  'Nurlana', 'Sevda', 'Afət', 'Zülfiyyə'];

// [native male form, weight, latin (az without diacritics), russian-latin, cyrillic]; the weights
// follow the shape of the 2012 landline counts (Mamedov 56,560; Aliyev 43,258; …), the tail guessed.
export const SURNAMES = [
  ['Məmmədov', 56, 'Mammadov', 'Mamedov', 'Мамедов'],
  ['Əliyev', 43, 'Aliyev', 'Aliev', 'Алиев'],
  ['Həsənov', 22, 'Hasanov', 'Gasanov', 'Гасанов'],
  ['Hüseynov', 21, 'Huseynov', 'Guseynov', 'Гусейнов'],
  ['Quliyev', 15, 'Guliyev', 'Kuliev', 'Кулиев'],
  ['İsmayılov', 13, 'Ismayilov', 'Ismailov', 'Исмаилов'],
  ['Abbasov', 10, 'Abbasov', 'Abbasov', 'Аббасов'],
  ['Cəfərov', 9, 'Jafarov', 'Dzhafarov', 'Джафаров'],
  ['Rzayev', 9, 'Rzayev', 'Rzaev', 'Рзаев'],
  ['Kərimov', 9, 'Karimov', 'Kerimov', 'Керимов'],
  ['Süleymanov', 8, 'Suleymanov', 'Suleimanov', 'Сулейманов'],
  ['Musayev', 8, 'Musayev', 'Musaev', 'Мусаев'],
  ['Orucov', 5, 'Orujov', 'Orudzhev', 'Оруджев'],
  ['Babayev', 7, 'Babayev', 'Babaev', 'Бабаев'],
  ['Nəsirov', 4, 'Nasirov', 'Nasirov', 'Насиров'],
  ['Bayramov', 6, 'Bayramov', 'Bairamov', 'Байрамов'],
  ['Qasımov', 7, 'Gasimov', 'Kasumov', 'Касумов'],
  ['Əhmədov', 8, 'Ahmadov', 'Akhmedov', 'Ахмедов'],
  ['Vəliyev', 7, 'Valiyev', 'Veliev', 'Велиев'],
  ['Sadıqov', 5, 'Sadigov', 'Sadykhov', 'Садыхов'],
  ['Mustafayev', 6, 'Mustafayev', 'Mustafaev', 'Мустафаев'],
  ['İbrahimov', 7, 'Ibrahimov', 'Ibragimov', 'Ибрагимов'],
  ['Rəhimov', 5, 'Rahimov', 'Ragimov', 'Рагимов'],
  ['Nəbiyev', 4, 'Nabiyev', 'Nabiev', 'Набиев'],
  ['Hacıyev', 6, 'Hajiyev', 'Gadzhiev', 'Гаджиев'],
  ['Zeynalov', 4, 'Zeynalov', 'Zeinalov', 'Зейналов'],
  ['Şükürov', 3, 'Shukurov', 'Shukurov', 'Шукуров'],
  ['Qədirov', 3, 'Gadirov', 'Kadyrov', 'Кадыров'],
  ['Əsgərov', 5, 'Asgarov', 'Askerov', 'Аскеров'],
  ['Səfərov', 4, 'Safarov', 'Safarov', 'Сафаров'],
  ['Novruzov', 4, 'Novruzov', 'Novruzov', 'Новрузов'],
  ['Rüstəmov', 4, 'Rustamov', 'Rustamov', 'Рустамов'],
  ['Paşayev', 3, 'Pashayev', 'Pashaev', 'Пашаев'],
  ['Hümbətov', 2, 'Humbatov', 'Gumbatov', 'Гумбатов'],
];

const TO_LATIN = { 'ə': 'a', 'Ə': 'A', 'ı': 'i', 'İ': 'I', 'ş': 'sh', 'Ş': 'Sh', 'ç': 'ch', 'Ç': 'Ch', 'ğ': 'gh', 'ö': 'o', 'Ö': 'O', 'ü': 'u', 'Ü': 'U', 'x': 'kh', 'q': 'g', 'Q': 'G', 'c': 'j', 'C': 'J' };
const TO_CYR = { a: 'а', b: 'б', c: 'дж', ç: 'ч', d: 'д', e: 'е', ə: 'а', f: 'ф', g: 'г', ğ: 'г', h: 'х', x: 'х', ı: 'ы', i: 'и', j: 'ж', k: 'к', q: 'г', l: 'л', m: 'м', n: 'н', o: 'о', ö: 'ё', p: 'п', r: 'р', s: 'с', ş: 'ш', t: 'т', u: 'у', ü: 'ю', v: 'в', y: 'й', z: 'з' };

export function givenLatin(name) { return [...name].map((ch) => TO_LATIN[ch] ?? ch).join(''); }
export function givenCyr(name) {
  const s = [...name.toLocaleLowerCase('az')].map((ch) => TO_CYR[ch] ?? ch).join('');
  return s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);
}

/** surname in a spelling style, female form where asked */
export function surnameIn(row, style, female) {
  const base = style === 'az' ? row[0] : style === 'latin' ? row[2] : style === 'ru' ? row[3] : row[4];
  return female ? base + (style === 'cyr' ? 'а' : 'a') : base;
}

export const STYLES = [['az', 60], ['latin', 22], ['ru', 6], ['cyr', 12]];

/** a full display name; patronymic now and then ("Elvin Rəşad oğlu") */
export function personName(rng, styleWeights = STYLES) {
  const female = rng.chance(0.48);
  const given = rng.pick(female ? FEMALE : MALE);
  const row = rng.weighted(SURNAMES.map((r) => [r, r[1]]));
  const style = rng.weighted(styleWeights);
  const g = style === 'az' ? given : style === 'cyr' ? givenCyr(given) : givenLatin(given);
  if (style === 'az' && rng.chance(0.04)) return `${g} ${rng.pick(MALE)} ${female ? 'qızı' : 'oğlu'}`;
  return `${g} ${surnameIn(row, style, female)}`;
}

// Categories a fake Page was filed under in the reports (art, shopping, web design, sports,
// cosmetics, e-commerce) and their neighbours; our own list, wider than any one report.
export const BRIGADE_SHOP_CATEGORIES = ['Clothing store', 'Shopping & retail', 'Cosmetics store', 'Beauty salon',
  'Jewelry/watches', 'Web designer', 'Graphic designer', 'Art', 'Sports', 'E-commerce website', 'Florist',
  'Furniture store', 'Mobile phone shop', 'Home decor', 'Bakery', "Kids' clothing store", 'Shoe store',
  'Interior design studio', 'Car rental', 'Travel company', 'Health/beauty', 'Perfume store', 'Gift shop',
  'Sportswear store', 'Computer store', 'Textile company', 'Product/service', 'Local business'];
// Categories a real person's Page carries.
export const PERSON_CATEGORIES = ['Blogger', 'Public figure', 'Personal blog', 'Writer', 'Artist', 'Digital creator',
  'Video creator', 'Journalist', 'Musician/band', 'Athlete', 'Just for fun', 'Politician', 'Actor'];
// Real small sellers and professionals under their own names: some shop categories, many the
// detector may never have seen.
export const SELLER_CATEGORIES = ['Clothing store', 'Makeup artist', 'Dentist', 'Tutor/teacher', 'Photographer',
  'Nail salon', 'Cake shop', 'Lawyer & law firm', 'Psychologist', 'Personal coach', 'Hair salon', 'Tailor',
  'Cosmetics store', 'Home decor', 'Florist', 'Real estate agent', 'Doctor', 'Driving school', 'Translator'];
export const MEDIA = [['Xəbər24', 'News & media website'], ['Bakı Gündəm', 'Media/news company'],
  ['Azadlıq Səsi', 'Newspaper'], ['Region TV', 'TV channel'], ['Kaspi Xəbər', 'News & media website'],
  ['Gündəlik Bakı', 'Magazine'], ['Mətbuat Klubu', 'Media'], ['Novosti Baku', 'Media/news company'],
  ['Qafqaz Info', 'News & media website'], ['Sumqayıt Xəbər', 'Local news']];
export const BUSINESSES = [['Çay Evi Qala', 'Cafe'], ['Nərgiz Restoranı', 'Restaurant'], ['Bakı Taksi', 'Taxi service'],
  ['Kapital Kredit', 'Bank'], ['Azər Mebel', 'Furniture store'], ['Mega Elektronika', 'Electronics store'],
  ['Gənclik Fitness', 'Gym/physical fitness centre'], ['Şirin Dünya', 'Bakery'], ['Ekspress Kargo', 'Shipping service'],
  ['Dəniz Otel', 'Hotel'], ['Kitab Aləmi', 'Bookstore'], ['Avto Servis 777', 'Automotive repair shop']];
export const SELLER_BRANDS = ['Nails', 'Beauty', 'Cakes', 'Style', 'Home', 'Flowers', 'Studio', 'Shop', 'Butik'];

// ---- texts -----------------------------------------------------------------------------------
// The operation's central script: short pro-government or attacking lines in Azerbaijani, Russian,
// and az without diacritics, of the kind the reports quote in substance.
export const BRIGADE_TEMPLATES = [
  'Yalan xəbərdir, biabırçılıq!', 'Prezidentimizin yanındayıq!', 'Bu saytın məqsədi hamıya məlumdur',
  'Xaricdən maliyyələşən saytın növbəti yalanı', 'Azərbaycan irəli! 🇦🇿', 'Qərəzli yazıdır, heç kim inanmır',
  'Dövlətimizə böhtan atmaq olmaz', 'Bunlar millət düşmənidir', 'Xalq öz liderinin arxasındadır',
  'Utanın, bu nə jurnalistikadır?', 'Fake news, hamı bilir kim yazdırır', 'Bu sayt sifarişlə işləyir',
  'Опять фейки от проплаченных СМИ', 'Позор таким журналистам', 'Мы гордимся нашей страной!',
  'Кому выгодна эта ложь?', 'Yalan xeberdir, biabirciliq', 'Prezidentimizin yanindayiq!',
  'Saxta xəbər yayanlar cavab verməlidir', 'Bu yazını oxuyan gülür', 'Ölkəmizdə inkişaf göz qabağındadır',
  'Qarabağ bizimdir, siz isə yalan yazırsınız', 'Satqın mətbuatın işidir', 'Bütün xalq bu yalanları görür',
  'Nə qədər yalan yazmaq olar?', 'Sifarişli məqalə 👎', 'Hökumətimiz hər şeyi düzgün edir',
  'Вы не журналисты, а провокаторы', 'Azerbaycan xalqi bu oyunlara uymayacaq', 'Rədd olsun satqınlar!',
  'Düşmən dəyirmanına su tökürsünüz', 'Bu məlumat tam uydurmadır',
];
const TEMPLATE_TAILS = ['', '', '', '!', '!!', ' 🇦🇿', ' 👎', ' 😡', ' 🤮', '...', ' 🇦🇿🇦🇿'];
export function templateLine(rng, pool) {
  return rng.pick(pool) + rng.pick(TEMPLATE_TAILS);
}

// Free text from fragments, one set per stance; the same vocabulary an honest supporter uses.
const PRO_OPEN = ['Açığı', 'Hörmətli redaksiya,', 'Yenə də', 'Maraqlıdır,', 'Bəs', 'Düzü', 'Hamı bilir ki', 'Salam,', 'Честно говоря,', 'Axi', ''];
const PRO_BODY = ['bu yazı obyektiv deyil', 'hər şeyi bir tərəfli göstərirsiniz', 'ölkədə görülən işləri niyə yazmırsınız',
  'bu mövzunu şişirtmək lazım deyil', 'yollar, məktəblər tikilir, bunu görmürsünüz', 'bu adamların məqsədi başqadır',
  'xalq sabitlik istəyir', 'dövlət öz işini görür', 'bu saytın yazıları həmişə eyni tondadır', 'heç bir fakt yoxdur',
  'это всё заказные статьи', 'bu xeberde hech bir hqiqet yoxdur', 'gənclər dövlətə arxa durur', 'bu cür yazılar xalqı parçalayır',
  'müharibədən sonra hamı birləşməlidir', 'ordumuz ilə fəxr edirik'];
const PRO_CLOSE = ['.', '!', ' 🇦🇿', '. Ayıbdır.', '. Kifayətdir!', '', ' 👍', '...', '. Вот и всё.'];
const CIT_OPEN = ['Salam,', 'Allah köməyiniz olsun,', 'Doğrudur,', 'Bəs', 'Yazıq', 'Nə vaxt', 'Maraqlıdır,', 'Sağ olun,', 'Вообще', 'Ay camaat,', 'Salam', 'Duz deyirsiz,', ''];
const CIT_BODY = ['bu məsələ çoxdan həll olunmalı idi', 'qiymətlər yenə qalxıb', 'bizim kənddə də eyni vəziyyətdir',
  'yollar bərbad haldadır', 'bu haqda daha ətraflı yazın', 'bu adamı tanıyıram, düzgün insandır', 'məmurlar cavab verməlidir',
  'maaşlar yetmir', 'uşaqlar üçün məktəb yoxdur', 'işıq yenə sönüb', 'jurnalistləri niyə tuturlar', 'həqiqəti yazdığınız üçün təşəkkür',
  'qaz pulu ikiqat gəlib', 'bu yazını paylaşıram', 'ne vaxt duzelecek bu isler', 'цены растут каждый месяц',
  'kim cavab verəcək buna', 'bu video haradadır', 'mənim qonşum da eyni problemi yaşadı', 'allah rəhmət eləsin',
  'metroda yenə tıxac idi', 'xəstəxanada növbə saatlarla çəkir', 'tələbə təqaüdü artırılmalıdır', 'Bakıda kirayə çox bahadır'];
const CIT_CLOSE = ['.', '', '!', '?', ' 😔', ' 👏', '...', ' 🙏', ' 😂', '. Ayıbdır.', '??'];
const SHORT = ['👍', 'Düzdür', 'Haqlısınız', '😂😂', 'Allah rəhmət eləsin', 'Ayıbdır', '👏👏', 'Bravo', 'Верно', 'Ne deyim...', '🙏', 'Sağ olun', '+'];
const SELLER_LINES = ['Sifariş üçün səhifəmizə yazın 🌸', 'Endirimlər davam edir, DM', 'Çatdırılma pulsuzdur ✨',
  'Yeni kolleksiya gəldi, baxın', 'Доставка по Баку бесплатно', 'Qəbul üçün zəng edin'];
const MEDIA_LINES = ['Ətraflı: link bioda', 'Mövzu ilə bağlı reportajımıza baxın', 'Canlı yayımımız saat 19:00-da',
  'Подробнее на нашем сайте', 'Redaksiya olaraq bu məsələni izləyirik', 'Rəsmi açıqlama gözlənilir'];
const BIZ_LINES = ['Bizi izləyin 🙂', 'Hər kəsi gözləyirik!', 'Yeni menyumuz hazırdır', 'Kampaniya son gün!', 'Təbriklər!'];

function compose(rng, open, body, close) {
  const o = rng.pick(open);
  let b = rng.pick(body);
  if (rng.chance(0.25)) b += ', ' + rng.pick(body);
  return ((o ? o + ' ' : '') + b).replace(/^./, (c) => c.toLocaleUpperCase('az')) + rng.pick(close);
}
export function proFree(rng) { return compose(rng, PRO_OPEN, PRO_BODY, PRO_CLOSE); }
export function citizenText(rng) { return rng.chance(0.15) ? rng.pick(SHORT) : compose(rng, CIT_OPEN, CIT_BODY, CIT_CLOSE); }
export function sellerText(rng) { return rng.chance(0.6) ? rng.pick(SELLER_LINES) : citizenText(rng); }
export function mediaText(rng) { return rng.chance(0.7) ? rng.pick(MEDIA_LINES) : citizenText(rng); }
export function bizText(rng) { return rng.chance(0.6) ? rng.pick(BIZ_LINES) : citizenText(rng); }

// Activist communities: each has its own hashtag and slogans.
const CAMPAIGNS = [
  ['#AzadSöz', ['Söz azadlığı cinayət deyil!', 'Jurnalistlərə azadlıq!', 'Susmayacağıq!']],
  ['#FreeTheJournalists', ['Free them all!', 'Jurnalistlik cinayət deyil', 'Azadlıq!']],
  ['#TələbəSəsi', ['Tələbələr susmayacaq!', 'Təhsil haqqı aşağı salınsın!', 'Biz gələcəyik!']],
  ['#SiyasiMəhbuslaraAzadlıq', ['Siyasi məhbuslara azadlıq!', 'Ədalət istəyirik', 'Haqq qalib gələcək']],
  ['#QadınHaqları', ['Qadına şiddətə son!', 'Bərabərlik indi!', 'Səsimizi eşidin']],
  ['#YaşılBakı', ['Ağacları kəsməyin!', 'Parklarımızı qoruyaq', 'Bakı nəfəs almalıdır']],
  ['#ЗаСвободуСлова', ['Свободу журналистам!', 'Правда не преступление', 'Мы вместе']],
];
export function campaign(rng) { return rng.pick(CAMPAIGNS); }
export function activistText(rng, camp) {
  const [tag, slogans] = camp;
  const r = rng.next();
  if (r < 0.45) return `${rng.pick(slogans)} ${tag}`;
  if (r < 0.6) return tag;
  return `${citizenText(rng)} ${tag}`;
}
