// Comment texts: Azerbaijani, Russian and some English. Templates with variations for operators,
// compositional free text for everyone, slogans for hashtag campaigns, promos for sellers.

export const TOPICS = [
  { az: 'qiymət artımı', ru: 'рост цен', sensitive: true }, { az: 'jurnalistin həbsi', ru: 'арест журналиста', sensitive: true },
  { az: 'seçkilər', ru: 'выборы', sensitive: true }, { az: 'məhkəmə qərarı', ru: 'решение суда', sensitive: true },
  { az: 'korrupsiya araşdırması', ru: 'расследование о коррупции', sensitive: true }, { az: 'etiraz aksiyası', ru: 'акция протеста', sensitive: true },
  { az: 'evlərin sökülməsi', ru: 'снос домов', sensitive: true }, { az: 'məmurun açıqlaması', ru: 'заявление чиновника', sensitive: true },
  { az: 'Qarabağ', ru: 'Карабах', sensitive: false }, { az: 'yol təmiri', ru: 'ремонт дорог', sensitive: false },
  { az: 'təhsil islahatı', ru: 'реформа образования', sensitive: false }, { az: 'səhiyyə', ru: 'здравоохранение', sensitive: false },
  { az: 'metro', ru: 'метро', sensitive: false }, { az: 'su problemi', ru: 'проблема с водой', sensitive: false },
  { az: 'futbol', ru: 'футбол', sensitive: false }, { az: 'hava proqnozu', ru: 'прогноз погоды', sensitive: false },
  { az: 'Novruz bayramı', ru: 'Новруз', sensitive: false }, { az: 'yeni park', ru: 'новый парк', sensitive: false },
  { az: 'yol qəzası', ru: 'ДТП', sensitive: false }, { az: 'valyuta məzənnəsi', ru: 'курс валют', sensitive: true },
];

// ---- operators ------------------------------------------------------------------------------
const OP_TEMPLATES = {
  az: [
    'Bu saytın yalanlarına inanan yoxdur', 'Xaricdən idarə olunan satqın media', 'Yenə də yalan xəbər. Utanın',
    'Dövlətimizə və Prezidentimizə böhtan atmaqdan əl çəkin', 'Azərbaycan xalqı Prezidentinin yanındadır',
    'Qarabağ Azərbaycandır! Ali Baş Komandana eşq olsun', 'Bu yazı erməni lobbisinin sifarişidir',
    'Xalqı çaşdırmağa çalışmayın, heç kim sizə inanmır', 'Qərəzli yazı, faktlar təhrif olunub',
    'Ölkəmizdə inkişaf göz qabağındadır, qaralamağa ehtiyac yoxdur', 'Bunlar xarici qrantlarla yaşayan saxta jurnalistlərdir',
    'Düşmənlərimizin dəyirmanına su tökürsünüz', 'Yaşasın müstəqil Azərbaycan', 'Belə saytları bağlamaq lazımdır',
    'Xalq sizin kimi xainləri yaxşı tanıyır', 'Sifarişlə yazılmış növbəti yazı', 'Heç bir əsası olmayan iddialar',
    'Dövlət öz vətəndaşının qayğısına qalır', 'Prezidentimizin siyasətini dəstəkləyirik', 'Həqiqəti təhrif etməyin',
  ],
  ru: [
    'Очередная ложь от продажных СМИ', 'Не верьте этим провокаторам', 'Азербайджан идет вперед, а вы все врете',
    'Позор таким журналистам', 'Слава Азербайджану! Карабах это Азербайджан', 'Статья заказная, ни слова правды',
    'Отработка грантов, ничего больше', 'Народ поддерживает Президента', 'Хватит клеветать на страну',
  ],
  en: ['Fake news! Azerbaijan is stronger than ever', 'Stop spreading lies about Azerbaijan', 'Paid propaganda, nobody believes you'],
};
const OP_PREFIX = { az: ['', '', '', 'Tamamilə doğrudur.', 'Bəli,', 'Əlbəttə.', 'Yenə də', 'Hörmətli redaksiya,', 'Açığı,', 'Hamı bilir ki,'], ru: ['', '', 'Опять', 'Ну конечно,', 'Честно говоря,'], en: ['', '', 'Again,'] };
const OP_SUFFIX = ['', '', '.', '!', '!!', '!!!', ' 🇦🇿', ' 🇦🇿🇦🇿', ' 👏', ' 💪', ' 😡', ' 👎', '. 🇦🇿', '!!! 🇦🇿💪'];
const OP_SWAPS = [['yalan', 'böhtan'], ['satqın', 'xain'], ['Utanın', 'Ayıbdır'], ['saxta', 'yalançı'], ['продажных', 'купленных'], ['Позор', 'Стыд']];

const OP_FREE = {
  az: {
    open: ['Məncə', 'Açığı', 'Bir daha görürük ki', 'Hamı bilir ki', 'Təəssüf ki', 'Çox təəccüblüdür ki', 'Görürəm ki', 'Heç kimə sirr deyil ki', 'Deməli', 'Yenə', 'Sadə vətəndaş kimi deyirəm:'],
    claim: ['bu yazı tam qərəzlidir', 'müəllif faktları bilərəkdən gizlədir', 'ölkədə görülən işləri görməmək mümkün deyil', 'son illərdə yollar, məktəblər tikilib',
      'müxalifət yenə xalqı aldatmaq istəyir', 'bu xəbərin arxasında başqa maraqlar var', 'dövlət vətəndaşın qayğısına qalır', 'Qarabağ zəfərindən sonra hər şey dəyişdi',
      'bu cür yazılar ancaq düşmənə xidmət edir', 'xaricdəki ağalarınız pul verir deyə yazırsınız', '{topic} mövzusunda yazdıqlarınız yalandır', '{topic} ilə bağlı dövlət lazımi addımları atır',
      'kimsə xalqı bir-birinə qarşı qoymaq istəyir', 'bu saytın məqsədi ölkəni qaralamaqdır', 'rəsmi açıqlamanı oxusaydınız belə yazmazdınız', 'biz öz dövlətimizə güvənirik'],
    close: ['', '', 'Utanmaq lazımdır.', 'Xalq hər şeyi görür.', 'Bəsdir!', 'Allah Azərbaycanı qorusun.', 'Əsl həqiqət budur.', '🇦🇿', 'Ayıb olsun.', 'Hər şey aydındır.'],
  },
  ru: {
    open: ['Честно говоря,', 'Опять', 'Все знают, что', 'Удивительно, но', 'Как обычный гражданин скажу:', 'Видно, что'],
    claim: ['статья необъективна', 'автор специально искажает факты', 'в стране многое делается', 'оппозиция снова обманывает людей', 'за этой новостью стоят чужие интересы',
      'про {topic} пишете неправду', 'государство заботится о людях', 'такие статьи выгодны только врагам'],
    close: ['', 'Стыдно.', 'Народ все видит.', 'Хватит!', '🇦🇿'],
  },
  en: { open: ['Honestly,', 'Again'], claim: ['this article is biased', 'the author hides the facts', 'Azerbaijan is developing fast'], close: ['', '🇦🇿'] },
};

function cap(s) { return s ? s[0].toLocaleUpperCase('az') + s.slice(1) : s; }
function fill(s, topic, lang) { return s.replace('{topic}', lang === 'ru' ? topic.ru : topic.az); }

export function makeOperatorStyle(rng, lang) {
  // a network's own subset of the template stock, plus a few of its own variants
  const own = {};
  for (const l of ['az', 'ru', 'en']) own[l] = rng.sample(OP_TEMPLATES[l], Math.max(2, Math.round(OP_TEMPLATES[l].length * rng.u(0.3, 0.8))));
  return { templates: own, lang };
}

export function operatorTemplate(rng, style, lang, variation) {
  let t = rng.pick(style.templates[lang]);
  if (rng.chance(variation)) for (const [a, b] of OP_SWAPS) if (t.includes(a) && rng.chance(0.5)) t = t.replace(a, b);
  let pre = rng.chance(variation) ? rng.pick(OP_PREFIX[lang]) : '';
  if (pre) t = pre + ' ' + (pre.endsWith('.') ? t : t[0].toLowerCase() + t.slice(1));
  t += rng.chance(variation) ? rng.pick(OP_SUFFIX) : '!';
  if (rng.chance(variation * 0.15)) t = t.toUpperCase();
  return t;
}

export function operatorFree(rng, lang, topic) {
  const f = OP_FREE[lang];
  const parts = [];
  const n = rng.chance(0.3) ? 2 : 1;
  const claims = rng.sample(f.claim, n);
  for (let i = 0; i < n; i++) {
    const o = rng.chance(0.7) ? rng.pick(f.open) : '';
    const c = fill(claims[i], topic, lang);
    parts.push(cap(o ? `${o} ${c}` : c) + '.');
  }
  const cl = rng.pick(f.close);
  return (parts.join(' ') + (cl ? ' ' + cl : '')).trim();
}

export function operatorReply(rng, lang) {
  const az = ['Tamamilə razıyam!', 'Düz deyirsiniz 👍', 'Əhsən, çox doğru yazmısınız', 'Bəli, belədir', 'Sizin kimi vətənpərvərlər çox olsun', '100% razıyam', 'Doğru sözə nə deyəsən'];
  const ru = ['Полностью согласен!', 'Правильно говорите', 'Именно так', 'Поддерживаю 👍'];
  const hostile = ['Troll kimi yazırsan', 'Sən kimsən ki, belə yazırsan?', 'Get öz işinlə məşğul ol', 'Satqın!', 'Провокатор', 'Sizin kimilər ölkəni istəmir'];
  if (rng.chance(0.3)) return rng.pick(hostile);
  return rng.pick(lang === 'ru' ? ru : az);
}

// ---- organic ---------------------------------------------------------------------------------
const ORG = {
  az: {
    open: ['', '', '', 'Məncə', 'Düzü', 'Vallah', 'Ay camaat,', 'Bəs', 'Maraqlıdır,', 'Hə,', 'Nə deyim,', 'Yazıq xalq,', 'Açığını desəm,', 'Bilmirəm,'],
    critical: ['qiymətlər hər gün artır, maaş isə yerindədir', 'bu məsələni niyə heç kim araşdırmır', 'jurnalistləri həbs etməklə həqiqəti gizlətmək olmaz', 'kənddə hələ də qaz yoxdur',
      'məmurlar yenə öz bildiklərini edirlər', 'yollar bərbad vəziyyətdədir', 'gənclər ölkədən köçür', 'işsizlik çoxdur', 'məhkəmələr ədalətli deyil', 'bu barədə yazdığınız üçün sağ olun',
      'pensiya ilə dolanmaq mümkün deyil', '{topic} məsələsində hamı susur', 'bizim rayonda da eyni vəziyyətdir', 'kim cavab verəcək bunun üçün'],
    support: ['Qarabağ zəfəri hamımızın qürurudur', 'şəhidlərimizə Allah rəhmət eləsin', 'ordumuzla fəxr edirik', 'yaxşı işlər də görülür, onu da yazın', 'yeni yollar həqiqətən yaxşıdır',
      '{topic} ilə bağlı addım düzgündür', 'hər şeyi qaralamaq da düz deyil'],
    neutral: ['bu hadisə harada baş verib', 'ətraflı məlumat varmı', 'dünən mən də orada idim', 'xəbəri başqa saytda da oxudum', 'video var', 'bu qanun nə vaxtdan qüvvəyə minir',
      '{topic} haqqında daha çox yazın', 'rəsmi açıqlama olubmu', 'bu məlumat dəqiqdir', 'bizim məhəllədə də belə oldu', 'hansı tarixdən başlayır'],
    close: ['', '', '', '?', '!', '...', ' 😔', ' 😂', ' 👍', ' 🙏', ' Allah kömək olsun.', ' Ayıbdır.', ' 🤔', ' 😡'],
    short: ['👍', 'Doğrudur', 'Bravo!', 'Allah rəhmət eləsin', 'Allah səbr versin', 'Halaldır', '😂😂😂', 'Ayıbdır', 'Yazıq', 'Gözəl xəbər', 'Amin', 'Çox sağ olun', '❤️',
      'Bəs sonra?', 'Düz deyir', 'Ay Allah', '👏👏', 'Nə vaxt?', 'Harda?', 'Əla', 'Biabırçılıq', 'Maşallah', 'Həqiqət', '🤦‍♂️'],
  },
  ru: {
    open: ['', '', 'Честно,', 'Ну', 'Люди,', 'Интересно,', 'По-моему,'],
    critical: ['цены растут, а зарплаты нет', 'где справедливость', 'а что власти говорят', 'кто ответит за это', 'Баку уже не тот', 'про {topic} все молчат', 'молодцы, что пишете'],
    support: ['хорошая новость', 'светлая память героям', 'есть и хорошие изменения', 'про {topic} решение правильное'],
    neutral: ['спасибо за информацию', 'где это случилось', 'есть подробности', 'видео есть', 'с какого числа это действует'],
    close: ['', '', '?', '!', '...', ' 😔', ' 👍'],
    short: ['Ужас', 'Спасибо', 'Согласен', 'Класс', 'Кошмар', '👍', 'Правда', 'Когда?'],
  },
  en: {
    open: ['', 'Honestly,'], critical: ['so sad to read this', 'nothing changes back home'], support: ['stay strong Azerbaijan', 'proud of our people'],
    neutral: ['is there an English version', 'thanks for sharing'], close: ['', '!', ' 🙏'], short: ['So sad', 'Thanks', '🇦🇿❤️'],
  },
};

export function organicText(rng, lang, topic, stance) {
  const o = ORG[lang];
  if (rng.chance(0.22)) return rng.pick(o.short);
  const bodyKind = stance ?? rng.pick(['critical', 'critical', 'neutral', 'neutral', 'support']);
  const n = rng.chance(0.25) ? 2 : 1;
  const sents = [];
  for (let i = 0; i < n; i++) {
    const op = rng.pick(o.open);
    const b = fill(rng.pick(o[rng.chance(0.7) ? bodyKind : rng.pick(['critical', 'neutral', 'support'])]), topic, lang);
    sents.push(cap(op ? `${op} ${b}` : b));
  }
  let t = sents.join(rng.chance(0.3) ? '\n' : '. ');
  t += rng.pick(o.close);
  if (rng.chance(0.08)) t = t.toLowerCase();
  return t;
}

export function organicReply(rng, lang, toBrigade) {
  const az = ['Razıyam', 'Düz deyirsən', 'Mən də eyni fikirdəyəm', 'Elə deyil, qardaş', 'Sən nə danışırsan?', 'Haqlısan', 'Bunu haradan bilirsən?', 'Hə, elədir 😂', 'Sübut göstər'];
  const vsTroll = ['Yenə trollar gəlib 😂', 'Pulla yazırsız bunları', 'Fake səhifələr işə düşüb', 'Bu profillərin hamısı saxtadır', 'Neçəyə yazırsan bunu?', 'Troll'];
  const ru = ['Согласен', 'Не так все', 'Правильно', 'Откуда информация?', 'Опять тролли 😂'];
  if (toBrigade && rng.chance(0.35)) return rng.pick(vsTroll);
  return rng.pick(lang === 'ru' ? ru : az);
}

// seller promos: each seller words its own offer (opening + offer + contact), so different sellers rarely share a text
const PROMO_OPEN = ['', '', 'Hörmətli izləyicilər,', 'Əziz xanımlar,', 'Diqqət!', 'Yenilik!', 'Salam,', '📢', '🔥'];
const PROMO_OFFER = ['endirim kampaniyası davam edir', 'yeni kolleksiya artıq satışda', 'qeydiyyat davam edir, yerlər məhduddur', 'keyfiyyətli xidmət, sərfəli qiymət',
  'bu həftə xüsusi təklif var', 'sifarişlər qəbul olunur', 'pulsuz konsultasiya edirik', 'çatdırılma bütün Bakı üzrə pulsuzdur', 'bayram endirimləri başladı', 'yeni qrup açılır',
  'növbə üçün yazın', 'hər növ sifariş qəbul edilir', 'ilk müraciətə 20% endirim'];
const PROMO_CONTACT = ['Ətraflı məlumat üçün yazın 📩', 'WhatsApp: 050 {n}', 'Əlaqə: 055 {n}', 'Direktə yazın', 'Tel: 070 {n}', 'Səhifəmizə keçid edin', 'Пишите в директ', 'Zəng edin: 051 {n}', ''];
export function promoText(rng, product = '') {
  const o = rng.pick(PROMO_OPEN), off = rng.pick(PROMO_OFFER), c = rng.pick(PROMO_CONTACT).replace('{n}', `${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`);
  const body = product && rng.chance(0.6) ? `${product}: ${off}` : off;
  const t = `${o ? o + ' ' : ''}${o ? body : cap(body)}${rng.pick(['!', '.', ' ✅', ' 💯', '!!'])}${c ? ' ' + c : ''}`;
  return t.trim();
}

export function mediaText(rng, site, topic) {
  const t = [
    `Ətraflı: https://${site}/xeber/${rng.int(100000, 999999)}`, `Bu mövzuda araşdırmamızı oxuyun: https://${site}/${rng.int(1000, 99999)}`,
    `Yenilik: ${topic.az} ilə bağlı rəsmi açıqlama verildi.`, 'Canlı yayımımızı izləyin.', `Подробнее: https://${site}/ru/${rng.int(10000, 99999)}`,
    `${cap(topic.az)} barədə ətraflı videonu səhifəmizdə izləyin.`,
  ];
  return rng.pick(t);
}
export function businessText(rng) {
  return rng.pick(['Hörmətli müştərilər, bizi izləməyə davam edin!', 'Təbrik edirik! 🎉', 'Yeni filialımız açıldı, sizi gözləyirik!', 'Bizə müraciət edin, kömək edək.',
    'Həmişə sizinlə! ❤️', 'Bayramınız mübarək!', 'Suallarınız üçün qaynar xətt: *1234', promoText(rng)]);
}

// ---- hashtag campaigns -----------------------------------------------------------------------
const CAMPAIGNS = [
  { tag: '#AzadSözSusmayacaq', slogans: ['Susmayacağıq!', 'Sözün azadlığı hamının haqqıdır', 'Jurnalistlərə azadlıq!', 'Biz də buradayıq', 'Həqiqəti danışmaq cinayət deyil', 'Söz azadlığı üçün birlikdəyik'] },
  { tag: '#ƏdalətTələbEdirik', slogans: ['Ədalət istəyirik!', 'Haqqımızı tələb edirik', 'Səsimizi eşidin', 'Susmaq olmaz', 'Hamımız üçün ədalət'] },
  { tag: '#EvlərimizəToxunmayın', slogans: ['Evlərimizə toxunmayın!', 'Kompensasiya ədalətli olsun', 'Sakinlərin səsini eşidin', 'Biz küçədə qalmaq istəmirik'] },
  { tag: '#TəmizHavaBakı', slogans: ['Bakıya təmiz hava!', 'Ağacları kəsməyin!', 'Parklarımızı qoruyaq', 'Yaşıl Bakı üçün birlikdə'] },
  { tag: '#QadınaŞiddətəYox', slogans: ['Şiddətə yox!', 'Susma, səsini qaldır', 'Qadınlar üçün təhlükəsiz ölkə', 'Həmrəyik!'] },
];
const STUDENT_CAMPAIGNS = [
  { tag: '#TəqaüdArtırılsın', slogans: ['Təqaüdlər artırılmalıdır!', 'Tələbələrin səsini eşidin!', 'Təqaüd 100 manat olmaz', 'Biz də yaşamaq istəyirik'] },
  { tag: '#TəhsilHaqqıƏdalətliOlsun', slogans: ['Təhsil haqqı ədalətli olsun!', 'Təhsil hamı üçün!', 'Tələbəni dinləyin', 'Bu qiymətə necə oxuyaq?'] },
  { tag: '#YataqxanaProblemi', slogans: ['Yataqxana verin!', 'Kirayə pulu təqaüddən çoxdur', 'Rayondan gələn tələbələri unutmayın'] },
];
export function drawCampaign(rng, student, used) {
  const list = (student ? STUDENT_CAMPAIGNS : CAMPAIGNS).filter((c) => !used.has(c.tag));
  const c = rng.pick(list.length ? list : student ? STUDENT_CAMPAIGNS : CAMPAIGNS);
  used.add(c.tag);
  return c;
}
export function campaignText(rng, c, personalLang) {
  let s = rng.pick(c.slogans);
  if (rng.chance(0.35)) s += ' ' + rng.pick(c.slogans);
  const extra = rng.chance(0.3) ? ' ' + organicText(rng, personalLang, TOPICS[0], 'critical') : '';
  const tagFirst = rng.chance(0.3);
  const emoji = rng.chance(0.4) ? ' ' + rng.pick(['✊', '✊✊', '💪', '📢', '❗', '🙏']) : '';
  return (tagFirst ? `${c.tag} ${s}` : `${s} ${c.tag}`) + emoji + extra;
}
