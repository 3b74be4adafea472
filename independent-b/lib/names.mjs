// Name pools: Azerbaijani names in Azerbaijani Latin, in ASCII/Russian-style Latin, and in Cyrillic;
// a few Russian names. Surname weights follow the rough order of the 2012 landline counts quoted in the
// methodology (Mamedov 56,560; Aliyev 43,258; ...): very common surnames are common for everyone.

// [az, latin, cyrillic, weight]
export const SURNAMES = [
  ['Məmmədov', 'Mammadov', 'Мамедов', 56], ['Əliyev', 'Aliyev', 'Алиев', 43], ['Hüseynov', 'Huseynov', 'Гусейнов', 24],
  ['Həsənov', 'Hasanov', 'Гасанов', 22], ['Quliyev', 'Guliyev', 'Кулиев', 15], ['İsmayılov', 'Ismayilov', 'Исмаилов', 14],
  ['Abdullayev', 'Abdullayev', 'Абдуллаев', 12], ['Cəfərov', 'Jafarov', 'Джафаров', 11], ['Əhmədov', 'Ahmadov', 'Ахмедов', 10],
  ['Kərimov', 'Karimov', 'Керимов', 10], ['Babayev', 'Babayev', 'Бабаев', 9], ['Rzayev', 'Rzayev', 'Рзаев', 8],
  ['Süleymanov', 'Suleymanov', 'Сулейманов', 8], ['Musayev', 'Musayev', 'Мусаев', 8], ['Qasımov', 'Gasimov', 'Гасымов', 8],
  ['İbrahimov', 'Ibrahimov', 'Ибрагимов', 8], ['Vəliyev', 'Valiyev', 'Велиев', 8], ['Mustafayev', 'Mustafayev', 'Мустафаев', 7],
  ['Hacıyev', 'Hajiyev', 'Гаджиев', 7], ['Qurbanov', 'Gurbanov', 'Курбанов', 6], ['Bayramov', 'Bayramov', 'Байрамов', 6],
  ['Rəhimov', 'Rahimov', 'Рагимов', 6], ['Əsgərov', 'Asgarov', 'Аскеров', 6], ['Zeynalov', 'Zeynalov', 'Зейналов', 5],
  ['Sadıqov', 'Sadigov', 'Садыгов', 5], ['Mirzəyev', 'Mirzayev', 'Мирзоев', 5], ['Nağıyev', 'Naghiyev', 'Нагиев', 4],
  ['Allahverdiyev', 'Allahverdiyev', 'Аллахвердиев', 4], ['Tağıyev', 'Taghiyev', 'Тагиев', 4], ['Paşayev', 'Pashayev', 'Пашаев', 4],
  ['Rüstəmov', 'Rustamov', 'Рустамов', 4], ['Məlikov', 'Malikov', 'Меликов', 3], ['Kazımov', 'Kazimov', 'Кязимов', 3],
  ['Cavadov', 'Javadov', 'Джавадов', 3], ['Nəsirov', 'Nasirov', 'Насиров', 3], ['Orucov', 'Orujov', 'Оруджев', 3],
  ['Salmanov', 'Salmanov', 'Салманов', 3], ['Əkbərov', 'Akbarov', 'Акперов', 3], ['Novruzov', 'Novruzov', 'Новрузов', 3],
  ['Şükürov', 'Shukurov', 'Шукюров', 2], ['Əlizadə', 'Alizada', 'Ализаде', 3], ['Hüseynzadə', 'Huseynzada', 'Гусейнзаде', 2],
  ['Məmmədli', 'Mammadli', 'Мамедли', 3], ['Qasımlı', 'Gasimli', 'Гасымлы', 2], ['Hüseynli', 'Huseynli', 'Гусейнли', 2],
  ['Bağırlı', 'Baghirli', 'Багирлы', 1], ['Əhmədli', 'Ahmadli', 'Ахмедли', 2], ['Əsədov', 'Asadov', 'Асадов', 3],
  ['Hümbətov', 'Humbatov', 'Гумбатов', 2], ['Məhərrəmov', 'Maharramov', 'Магеррамов', 3], ['Yusifov', 'Yusifov', 'Юсифов', 3],
];

// [az, latin, cyrillic]
export const MALE = [
  ['Elvin', 'Elvin', 'Эльвин'], ['Orxan', 'Orkhan', 'Орхан'], ['Rəşad', 'Rashad', 'Рашад'], ['Tural', 'Tural', 'Турал'],
  ['Anar', 'Anar', 'Анар'], ['Elnur', 'Elnur', 'Эльнур'], ['Kamran', 'Kamran', 'Камран'], ['Ramil', 'Ramil', 'Рамиль'],
  ['Vüqar', 'Vugar', 'Вугар'], ['Fərid', 'Farid', 'Фарид'], ['Rauf', 'Rauf', 'Рауф'], ['Elçin', 'Elchin', 'Эльчин'],
  ['Nicat', 'Nijat', 'Ниджат'], ['Murad', 'Murad', 'Мурад'], ['Emin', 'Emin', 'Эмин'], ['Səbuhi', 'Sabuhi', 'Сабухи'],
  ['Ceyhun', 'Jeyhun', 'Джейхун'], ['Rüfət', 'Rufat', 'Руфат'], ['Samir', 'Samir', 'Самир'], ['Cavid', 'Javid', 'Джавид'],
  ['Elşən', 'Elshan', 'Эльшан'], ['Natiq', 'Natig', 'Натиг'], ['Zaur', 'Zaur', 'Заур'], ['Əli', 'Ali', 'Али'],
  ['Hüseyn', 'Huseyn', 'Гусейн'], ['Həsən', 'Hasan', 'Гасан'], ['Məmməd', 'Mammad', 'Мамед'], ['Azər', 'Azer', 'Азер'],
  ['İlqar', 'Ilgar', 'Ильгар'], ['Fuad', 'Fuad', 'Фуад'], ['Tofiq', 'Tofig', 'Тофик'], ['Vüsal', 'Vusal', 'Вусал'],
  ['Toğrul', 'Toghrul', 'Тогрул'], ['Kənan', 'Kanan', 'Канан'], ['Ülvi', 'Ulvi', 'Ульви'], ['Şahin', 'Shahin', 'Шахин'],
  ['Aydın', 'Aydin', 'Айдын'], ['Yusif', 'Yusif', 'Юсиф'], ['Namiq', 'Namig', 'Намиг'], ['Rövşən', 'Rovshan', 'Ровшан'],
  ['Arif', 'Arif', 'Ариф'], ['Nurlan', 'Nurlan', 'Нурлан'], ['Mübariz', 'Mubariz', 'Мубариз'], ['Ramin', 'Ramin', 'Рамин'],
  ['Eldar', 'Eldar', 'Эльдар'], ['Ilham', 'Ilham', 'Ильхам'], ['Xəyal', 'Khayal', 'Хаял'], ['Pərviz', 'Parviz', 'Парвиз'],
];
export const FEMALE = [
  ['Aysel', 'Aysel', 'Айсель'], ['Günel', 'Gunel', 'Гюнель'], ['Leyla', 'Leyla', 'Лейла'], ['Nərmin', 'Narmin', 'Нармин'],
  ['Səbinə', 'Sabina', 'Сабина'], ['Aynur', 'Aynur', 'Айнур'], ['Könül', 'Konul', 'Кёнуль'], ['Lalə', 'Lala', 'Лала'],
  ['Sevinc', 'Sevinj', 'Севиндж'], ['Ülviyyə', 'Ulviyya', 'Ульвия'], ['Nigar', 'Nigar', 'Нигяр'], ['Aytən', 'Aytan', 'Айтен'],
  ['Gülnar', 'Gulnar', 'Гюльнар'], ['Fidan', 'Fidan', 'Фидан'], ['Türkan', 'Turkan', 'Туркан'], ['Aygün', 'Aygun', 'Айгюн'],
  ['Şəbnəm', 'Shabnam', 'Шабнам'], ['Zəhra', 'Zahra', 'Захра'], ['Fatimə', 'Fatima', 'Фатима'], ['Mehriban', 'Mehriban', 'Мехрибан'],
  ['Elmira', 'Elmira', 'Эльмира'], ['Vüsalə', 'Vusala', 'Вусала'], ['Arzu', 'Arzu', 'Арзу'], ['Pərvin', 'Parvin', 'Парвин'],
  ['Samirə', 'Samira', 'Самира'], ['Nailə', 'Naila', 'Наиля'], ['Rəna', 'Rena', 'Рена'], ['Kəmalə', 'Kamala', 'Камала'],
  ['Ləman', 'Laman', 'Ламан'], ['İlahə', 'Ilaha', 'Илаха'], ['Gülşən', 'Gulshan', 'Гюльшан'], ['Sevda', 'Sevda', 'Севда'],
  ['Jalə', 'Jala', 'Жала'], ['Nuray', 'Nuray', 'Нурай'], ['Mələk', 'Malak', 'Малак'], ['Xədicə', 'Khadija', 'Хадиджа'],
  ['Aidə', 'Aida', 'Аида'], ['Nərgiz', 'Nargiz', 'Наргиз'], ['Röya', 'Roya', 'Роя'], ['Zümrüd', 'Zumrud', 'Зумруд'],
];
const RU_MALE = [['Sergey', 'Сергей'], ['Aleksey', 'Алексей'], ['Dmitriy', 'Дмитрий'], ['Igor', 'Игорь'], ['Andrey', 'Андрей'], ['Vladimir', 'Владимир'], ['Pavel', 'Павел'],
  ['Nikolay', 'Николай'], ['Mikhail', 'Михаил'], ['Yuriy', 'Юрий'], ['Oleg', 'Олег'], ['Roman', 'Роман'], ['Viktor', 'Виктор'], ['Anatoliy', 'Анатолий'], ['Konstantin', 'Константин'],
  ['Maksim', 'Максим'], ['Artyom', 'Артём'], ['Denis', 'Денис'], ['Valeriy', 'Валерий'], ['Gennadiy', 'Геннадий']];
const RU_FEMALE = [['Irina', 'Ирина'], ['Olga', 'Ольга'], ['Natalya', 'Наталья'], ['Yelena', 'Елена'], ['Svetlana', 'Светлана'], ['Tatyana', 'Татьяна'], ['Marina', 'Марина'],
  ['Galina', 'Галина'], ['Lyudmila', 'Людмила'], ['Anna', 'Анна'], ['Yuliya', 'Юлия'], ['Viktoriya', 'Виктория'], ['Oksana', 'Оксана'], ['Larisa', 'Лариса'], ['Valentina', 'Валентина'],
  ['Nadezhda', 'Надежда'], ['Kristina', 'Кристина'], ['Alla', 'Алла'], ['Vera', 'Вера'], ['Inna', 'Инна']];
const RU_SUR = [['Ivanov', 'Иванов'], ['Petrov', 'Петров'], ['Smirnov', 'Смирнов'], ['Kozlov', 'Козлов'], ['Volkov', 'Волков'], ['Popov', 'Попов'], ['Sokolov', 'Соколов'],
  ['Lebedev', 'Лебедев'], ['Novikov', 'Новиков'], ['Morozov', 'Морозов'], ['Pavlov', 'Павлов'], ['Semyonov', 'Семёнов'], ['Golubev', 'Голубев'], ['Vinogradov', 'Виноградов'],
  ['Bogdanov', 'Богданов'], ['Vorobyov', 'Воробьёв'], ['Fyodorov', 'Фёдоров'], ['Mikhaylov', 'Михайлов'], ['Belyayev', 'Беляев'], ['Tarasov', 'Тарасов'], ['Belov', 'Белов'],
  ['Komarov', 'Комаров'], ['Orlov', 'Орлов'], ['Kiselyov', 'Киселёв'], ['Makarov', 'Макаров'], ['Andreyev', 'Андреев'], ['Kovalyov', 'Ковалёв'], ['Ilyin', 'Ильин'],
  ['Gusev', 'Гусев'], ['Titov', 'Титов'], ['Kuzmin', 'Кузьмин'], ['Kudryavtsev', 'Кудрявцев'], ['Baranov', 'Баранов'], ['Kulikov', 'Куликов'], ['Alekseyev', 'Алексеев']];

const FLOWERS = ['🌸', '🌹', '🌺', '💐', '🦋', '✨', '💫', '🇦🇿', '❤️', '☀️'];

function femaleSurname(s, script) {
  if (script === 'cyr') return /(ов|ев|ин)$/.test(s) ? s + 'а' : s;
  return /(ov|ev|yev)$/.test(s) ? s + 'a' : s;
}

let SUR_W = null;
export function drawSurname(rng) {
  if (!SUR_W) { SUR_W = []; let c = 0; for (const s of SURNAMES) { c += s[3]; SUR_W.push(c); } }
  const x = rng.r() * SUR_W[SUR_W.length - 1];
  let i = 0; while (SUR_W[i] <= x) i++;
  return SURNAMES[i];
}

// a person: {gender, first:[az,lat,cyr], sur:[az,lat,cyr]} or a Russian person
export function drawPerson(rng, pool) {
  const gender = rng.chance(0.5) ? 'm' : 'f';
  if (!pool && rng.chance(0.03)) {
    const f = rng.pick(gender === 'm' ? RU_MALE : RU_FEMALE), s = rng.pick(RU_SUR);
    return { gender, ru: true, first: [f[0], f[0], f[1]], sur: [s[0], s[0], s[1]] };
  }
  if (pool) return { gender, first: rng.pick(gender === 'm' ? pool.male : pool.female), sur: rng.pick(pool.sur) };
  return { gender, first: rng.pick(gender === 'm' ? MALE : FEMALE), sur: drawSurname(rng) };
}

// styles: az, lat, cyr, patronymic, nick, initial, firstEmoji, doubleFirst
export function displayName(rng, p, style) {
  const script = style === 'cyr' ? 'cyr' : style === 'lat' || style === 'nick' ? 'lat' : 'az';
  const idx = script === 'cyr' ? 2 : script === 'lat' ? 1 : 0;
  if (p.ru && script === 'az') { style = 'lat'; }
  const first = p.first[p.ru && script === 'az' ? 1 : idx];
  let sur = p.sur[p.ru && script === 'az' ? 1 : idx];
  if (p.gender === 'f') sur = femaleSurname(sur, script);
  switch (style) {
    case 'patronymic': {
      const father = rng.pick(MALE)[0];
      return `${first} ${father} ${p.gender === 'f' ? 'qızı' : 'oğlu'}`;
    }
    case 'nick': {
      const sep = rng.pick(['_', '.', '']);
      const base = `${first}${sep}${sur}`;
      return rng.chance(0.5) ? base.toLowerCase() + (rng.chance(0.5) ? rng.int(1, 99) : '') : base;
    }
    case 'initial': return `${first} ${sur[0]}.`;
    case 'firstEmoji': return `${first} ${rng.pick(FLOWERS)}`;
    case 'surFirst': return `${sur} ${first}`;
    default: return `${first} ${sur}`;
  }
}

export function drawStyle(rng, weights) {
  const styles = Object.keys(weights);
  let t = 0; for (const s of styles) t += weights[s];
  let x = rng.r() * t;
  for (const s of styles) { x -= weights[s]; if (x <= 0) return s; }
  return styles[0];
}

export const CITIZEN_STYLES = { az: 0.5, lat: 0.2, cyr: 0.12, patronymic: 0.03, nick: 0.06, initial: 0.03, firstEmoji: 0.04, surFirst: 0.02 };

export function slug(rng, name) {
  const map = { 'ə': 'e', 'ı': 'i', 'ş': 's', 'ç': 'c', 'ğ': 'g', 'ö': 'o', 'ü': 'u', 'İ': 'i', 'Ə': 'e', 'Ş': 's', 'Ç': 'c', 'Ğ': 'g', 'Ö': 'o', 'Ü': 'u' };
  let s = name.toLowerCase().split('').map((c) => map[c] ?? c).join('').replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
  if (!s || s.length < 3) s = 'user';
  return s + (rng.chance(0.5) ? '.' + rng.int(1, 9999) : '');
}
