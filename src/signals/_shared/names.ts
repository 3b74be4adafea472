import { categoryFit } from './categories.js';
/**
 * Person-name heuristics for Azerbaijani, Russian and Latin-transliterated names.
 * Lexicons are deliberately small and common: a name is "person-like" when it has the shape of
 * given name + surname (or patronymic), not when it is in a list of everybody.
 */

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', ә: 'a', ғ: 'g', һ: 'h', ө: 'o', ү: 'u', ҹ: 'j', ј: 'y', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
const LATIN_FOLD: Record<string, string> = {
  ə: 'a', ı: 'i', i̇: 'i', ö: 'o', ü: 'u', ğ: 'g', ç: 'ch', ş: 'sh', â: 'a', î: 'i', û: 'u', é: 'e', è: 'e', ä: 'a',
};

const AZ_GIVEN = `
əli elvin elçin rəşad orxan anar tural kamran ramil vüsal elnur fuad samir rauf zaur murad nicat ruslan emin elşən cavid
ceyhun fərid namiq nurlan vüqar rövşən eldar mübariz ilham heydər mehman tofiq ramiz rasim arif asif akif ayaz azər babək
bəxtiyar bəhruz cəmil camal cəlal elmar elxan emil etibar əkbər əhməd fəxri fikrət famil firudin hikmət hüseyn həsən ibrahim
ilqar ismayıl kənan kərim mahir məhəmməd məmməd mirzə nazim natiq nihad oqtay pərviz qabil qurban rahib ramin rəhim rüstəm
sabir sahib seymur səbuhi şahin şamil taleh teymur toğrul turqut ülvi vasif vaqif yusif zakir ziya afiq aqil fariz habil
xəyal xaqani zahid vidadi vilayət tahir səməd sərdar elgün elmir elməddin polad rəsul rəvan sənan şəhriyar yaqub yaşar
zeynal əmin əsgər bayram intiqam ilkin ilgar elmin nuran ruhin ülvi tərlan vəli yavər zamin azad aydın aqşin elsevər
rəhman rafiq rəfael natiq nadir nəsir elton emil kamal kamil mətin rza şərif sərxan teymur tərlan vahid vüqar yunis
aysel leyla günel nigar aynur səbinə lalə nərmin könül sevinc aytən gülnar ülviyyə fidan aygün nazlı şəbnəm təranə zəhra
fatimə nərgiz sevda türkan xədicə aidə arzu aynurə ayan aytac bahar cəmilə dilarə elmira elnarə esmira gülər gülşən gülnarə
xatirə iradə jalə kəmalə lamiyə mələk məryəm nailə nuranə pərvin rəna röya sabina samirə sevil solmaz şahnaz şəlalə təhminə
ulduz vüsalə yeganə zərifə zülfiyyə zümrüd əsmər fəridə gülay həcər ilahə kifayət mehriban nübar ofeliya pəri rüxsarə sara
tamilla ülkər validə yasəmən zeynəb aysu ayşən nilufər kamilə sona əfsanə aynişan məleykə mədinə nəzrin nurlana günay aysun
aybəniz aynurə fəxriyyə gültəkin həqiqət ləman nurlan nərgiz nigar sədaqət səadət şəfəq tünzalə ülviyyə vəfa xanım zenfira
`;

const RU_GIVEN = `
иван алексей александр сергей андрей дмитрий михаил николай владимир евгений игорь олег павел роман юрий виктор максим артём
артем антон денис кирилл никита илья константин пётр петр борис григорий вадим василий анна мария елена ольга наталья
татьяна ирина светлана екатерина юлия анастасия людмила галина марина дарья ксения виктория алина вера надежда любовь софья
полина оксана лариса валентина нина зоя эльвин рашад орхан анар турал камран фуад самир рауф заур мурад эмин ильхам айсель
лейла гюнель нигяр айнур сабина севиндж эльчин эльнур рамиль вюсал фарид намик нурлан вугар ровшан эльдар гейдар мехман
тофик рамиз расим ариф асиф акиф аяз азер бабек джамиль джавид джейхун эльхан эмиль хикмет гусейн гасан ибрагим ильгар
исмаил кенан керим махир мамед магомед назим натиг пярвиз рустам сабир сахиб сеймур шахин шамиль талех теймур тогрул
юсиф закир зия гюльнар айтен фидан айгюн назлы шабнам тарана захра фатима наргиз севда туркан хадиджа аида арзу айтадж
эльмира эльнара эсмира гюльшен хатира ирада жала камала ламия мелек мариам наиля нурана парвин рена рая севиль солмаз
шахназ тахмина улдуз вусала егана зарифа зульфия зумруд асмар фарида гюльай хаджар илаха мехрибан сара тамилла ульвия
`;

/** Common Latin transliterations seen in exports (Russian-style and English-style spellings of Azerbaijani names). */
const LATIN_GIVEN = `
ali elvin elchin elcin rashad rasad orkhan orxan anar tural kamran ramil vusal elnur fuad samir rauf zaur murad nijat nicat
ruslan emin elshan javid cavid jeyhun ceyhun farid namig namiq nurlan vugar vuqar rovshan eldar mubariz ilham heydar geydar
mehman tofig tofiq ramiz rasim arif asif akif ayaz azer babek bakhtiyar jamil camal elmar elkhan elxan emil ibrahim ilgar
ismayil kenan kanan kerim karim mahir mammad mamed magomed nazim natig parviz rustam sabir sahib seymur shahin shamil taleh
teymur toghrul tugrul yusif zakir aysel leyla leila gunel nigar nigyar aynur sabina sevinj konul aytan aiten gulnar ulviyya
fidan aygun nazli shabnam tarana zahra fatima nargiz sevda turkan khadija aida arzu aytaj elmira elnara esmira gulshan
khatira irada jala kamala lamiya malak maryam naila nurana parvin rena roya sevil solmaz shahnaz tahmina ulduz vusala yegana
zarifa zulfiyya zumrud asmar farida ulkar ivan alexey alexei aleksey alexander aleksandr sergey sergei andrey andrei dmitry
dmitri mikhail nikolay vladimir evgeny yevgeny igor oleg pavel roman yuri yury viktor victor maxim maksim artem anton denis
kirill nikita ilya konstantin petr pyotr boris anna maria mariya elena yelena olga natalia natalya tatiana tatyana irina
svetlana ekaterina yekaterina yulia julia anastasia lyudmila galina marina daria darya ksenia victoria viktoria alina vera
nadezhda sofia polina oksana larisa valentina nina john james michael david robert mary sarah emma mehmet ahmet mustafa
ayse fatma zeynep emine hatice elif
`;

function wordSet(...lists: string[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const word of list.split(/\s+/)) if (word) set.add(foldLoose(word));
  return set;
}

/** Surname and patronymic endings, matched on the loose Latin fold. */
const SURNAME_SUFFIXES = ['ov', 'ova', 'ev', 'eva', 'yev', 'yeva', 'iyev', 'iyeva', 'li', 'lu', 'zade', 'zada', 'ski', 'skiy', 'sky', 'skaya', 'enko', 'shvili', 'yan', 'ian'];
const SURNAME_MIN_LENGTH = 4;
const PATRONYMIC_WORDS = new Set(['oglu', 'ogly', 'gizi', 'kizi', 'qizi', 'kyzy']);
// Russian patronymics, and Azerbaijani ones written as one word (Bəxtiyarqızı, Əlioğlu).
const PATRONYMIC_SUFFIXES = ['ovich', 'evich', 'ovna', 'evna', 'ich', 'ichna', 'oglu', 'qizi', 'gizi', 'kizi'];

/**
 * Words that mark an organisation, shop or outlet rather than a person, in az/ru/en (loose fold).
 * A Page named like this is a business or media Page, not a Page posing as a person.
 */
const ORGANISATION_WORDS = wordSet(`
mmc llc ltd inc co company şirkət shirket group qrup studio studiya shop store mağaza magaza market supermarket salon center
centre mərkəz merkez restoran restaurant cafe kafe beauty gözəllik kosmetika cosmetics hotel otel travel tour tours turizm
auto avto official rəsmi resmi klinika clinic agency agentlik portal radio tv television jurnal journal qəzet qezet xəbər
xeber xəbərləri news media az com net org online info club klub fan fans fanclub academy akademiya school məktəb universitet
university bank sigorta insurance kitab book books boutique butik fashion moda home ev mebel furniture tikinti construction
design dizayn web digital marketing service servis xidmət xidmeti pharmacy aptek optika dukan dükan tekstil textile
nails nail cakes cake tort gül çiçək flowers flower print foto photo photography mobile telefon kompüter computer inşaat
trade ticarət export import logistics logistika oyuncaq toys bakery şirniyyat geyim clothes clothing ayaqqabı shoes saat
watches gold qızıl zərgərlik jewelry optik dental stomatologiya klinikası tibb medical med lab kurs kursları tədris
hazırlıq english ielts academy kids uşaq baby gym fitness sport idman spa massage masaj barber bərbər hair lashes brows
makeup kosmetologiya estetik collection shop_az store_az house evi dünyası world land city plaza mall express delivery
çatdırılma rent icarə emlak əmlak realty estate motors cars taxi taksi
магазин компания салон центр новости медиа клуб студия агентство
`);

/** Lower-cases with Azerbaijani rules (I → ı, İ → i), folds Cyrillic and az letters to plain Latin. */
export function foldLoose(word: string): string {
  const lower = word.normalize('NFC').toLocaleLowerCase('az');
  let out = '';
  for (const ch of lower) {
    const mapped = CYRILLIC_TO_LATIN[ch] ?? LATIN_FOLD[ch];
    if (mapped !== undefined) out += mapped;
    else if (/[a-z'-]/.test(ch)) out += ch;
    else if (ch === '\u0307') continue; // combining dot left by İ
    else out += ch;
  }
  return out.replace(/['-]/g, '');
}

/**
 * A transliteration-blind skeleton: consonant classes only, doubles collapsed.
 * Məmmədov, Mammadov, Mamedov and Мамедов share one; so do Hüseynov and Гусейнов.
 */
export function nameSkeleton(word: string): string {
  const loose = foldLoose(word)
    .replace(/dzh|dj|zh|j|c(?!h)/g, 'j')
    .replace(/kh|x/g, 'x')
    .replace(/ch/g, 'c')
    .replace(/sh/g, 's')
    .replace(/ts/g, 's')
    .replace(/[kqh]/g, 'g');
  const first = /^[aeiouy]/.test(loose) ? 'V' : '';
  const consonants = loose.replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
  return first + consonants;
}

const GIVEN_NAMES = wordSet(AZ_GIVEN, RU_GIVEN, LATIN_GIVEN);

export interface PersonName {
  isPerson: boolean;
  /**
   * How sure the shape is: 'high' for given name + surname (or patronymic), two given names, or a
   * surname with another name-like word; 'low' for a known given name beside an unknown word
   * ("Aysel Nails" is as likely a shop as a person).
   */
  confidence: 'high' | 'low' | 'none';
  /**
   * Why not, or how: 'given+surname', 'given+given', 'given+initial', 'surname+initial', 'surname+other', 'given+other',
   * 'given+decoration' (a given name and an emoji), each prefixed 'handle:' when read from a username; 'organisation',
   * 'shape'.
   */
  basis: string;
  tokens: string[];
}

const LETTERS_ONLY = /^[\p{L}\p{M}'’-]+$/u;

function isSurnameLike(folded: string): boolean {
  if (folded.length < SURNAME_MIN_LENGTH) return false;
  return SURNAME_SUFFIXES.some((suffix) => folded.endsWith(suffix)) || PATRONYMIC_SUFFIXES.some((s) => folded.endsWith(s));
}

/** A token with no letter and no digit: an emoji, a flag, a heart, a sun (profiles decorate names with them). */
const DECORATION = /^[^\p{L}\p{N}]+$/u;
/** A token that joins two names ("Leyla & Aysel", "Anar | Leyla"): two owners, a shop's name, never one person's. */
const JOIN = /^[&+|/]+$|^(?:and|və|и)$/iu;
/** Longest given name tried as the first word of a run-together username. */
const LONGEST_GIVEN = 12;
/** A username longer than this is not read as words (a hostile 16,000-character name costs nothing). */
const LONGEST_HANDLE = 64;
/** A single letter, with or without its dot: "Sevinc M.", "Nuray Ə.". */
const INITIAL = /^\p{L}\.?$/u;
/** A username written as a name: letters with dots, underscores or digits, or two capitalised words run together. */
const HANDLE = /^(?=.*(?:[._\d]|\p{Ll}\p{Lu}))[\p{L}\p{M}\d._]+$/u;

/**
 * The words of a username ("konul.guliyeva43", "Parvin_Sadigova", "YelenaPavlova", "parvintaghiyeva61"): split at
 * dots, underscores, digits and a lower-case letter before a capital; one word left is split after a known given
 * name when the rest is surname-like ("parvin" + "taghiyeva"). Null when no split gives two words.
 */
function handleWords(token: string): string[] | null {
  const words = token.split(/[._\d]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
  if (words.length >= 2) return words;
  const folded = foldLoose(words[0] ?? '');
  for (let cut = 3; cut <= Math.min(LONGEST_GIVEN, folded.length - SURNAME_MIN_LENGTH); cut++) {
    if (GIVEN_NAMES.has(folded.slice(0, cut)) && isSurnameLike(folded.slice(cut))) return [folded.slice(0, cut), folded.slice(cut)];
  }
  return null;
}

/**
 * Whether a display name looks like a private person's name. Each token takes one role: given, surname, initial or
 * other. Profiles (and Pages made to look like them) write names as people write them on Facebook: decorated with an
 * emoji ("Nərgiz ☀️"), with an initial ("Sevinc M."), or as a username ("konul.guliyeva43"); the decoration is left
 * out, the username read as its words (basis prefixed "handle:"). A lone given name with a decoration is only 'low':
 * "Leyla 💫" may be a florist's shop as well as Leyla.
 */
export function classifyName(displayName: string): PersonName {
  const raw = displayName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const none = (basis: string, tokens: string[]): PersonName => ({ isPerson: false, confidence: 'none', basis, tokens });
  if (raw.some((t) => JOIN.test(t))) return none('shape', raw);
  let tokens = raw.filter((t) => !DECORATION.test(t));
  const decorated = tokens.length < raw.length;
  let handle = false;
  if (tokens.length === 1 && tokens[0]!.length <= LONGEST_HANDLE && HANDLE.test(tokens[0]!)) {
    const words = handleWords(tokens[0]!);
    if (words) [tokens, handle] = [words, true];
  }
  const folded = tokens.map(foldLoose);
  const no = (basis: string): PersonName => none(basis, tokens);
  if (folded.some((token) => ORGANISATION_WORDS.has(token))) return no('organisation');
  const initials = tokens.filter((t) => INITIAL.test(t)).length;
  const core = folded.filter((token, i) => !PATRONYMIC_WORDS.has(token) && !INITIAL.test(tokens[i]!));
  const hasPatronymicWord = folded.some((token) => PATRONYMIC_WORDS.has(token));
  const named = tokens.filter((t) => !INITIAL.test(t));
  if (tokens.length > 4 || core.length < 1 || !named.every((t) => LETTERS_ONLY.test(t))) return no('shape');
  let given = 0, surname = 0;
  for (const token of core) {
    if (GIVEN_NAMES.has(token)) given++;
    else if (isSurnameLike(token)) surname++;
  }
  const other = core.length - given - surname;
  // A username counts only when its words are surely a person's ("AzerSun" is a company; "Azer" + "Sun" would be 'low').
  const yes = (confidence: 'high' | 'low', basis: string): PersonName => (handle && confidence !== 'high' ? no('shape') : { isPerson: true, confidence, basis: handle ? `handle:${basis}` : basis, tokens });
  if (tokens.length < 2) return decorated && given === 1 ? yes('low', 'given+decoration') : no('shape');
  if (given >= 1 && (surname >= 1 || hasPatronymicWord)) return yes('high', 'given+surname');
  if (given >= 2) return yes('high', 'given+given');
  if (core.length === 1 && initials >= 1 && given === 1) return yes('high', 'given+initial');
  if (core.length === 1 && initials >= 1 && surname === 1) return yes('high', 'surname+initial');
  if (surname >= 1 && core.length === 2) return yes('high', 'surname+other');
  if (given === 1 && other === 1 && core.length === 2) return yes('low', 'given+other');
  return no('shape');
}

const classified = new WeakMap<object, PersonName[]>();

/** classifyName for every account of a model, once per distinct name, shared by the signals that need it. */
/** A Page with a person's name: what Meta's 2020 network looked like (Pages "designed to look like user profiles"). */
export function posesAsPerson(model: { accounts: { type: string }[] }, names: PersonName[], account: number): boolean {
  return model.accounts[account]!.type === 'page' && names[account]!.isPerson;
}

/**
 * A Page with a person's name and neither a person's category nor one a person's Page can carry as well: a public
 * figure's, a blogger's or a journalist's Page has its owner's name by right, under "Blogger" or under "Media",
 * "Community", "Just for fun" (categories.ts: ambiguous), and on data built by other hands such Pages that echoed a
 * network's templates were taken for its members. They still count in a group's Pages (a "Blogger" category must
 * not shield a brigade); as members they need more than the name (signals/network-member.ts).
 */
export function posesAsPersonUnexplained(model: { accounts: { type: string; category: string }[] }, names: PersonName[], account: number): boolean {
  const fit = categoryFit(model.accounts[account]!.category);
  return posesAsPerson(model, names, account) && fit !== 'person' && fit !== 'ambiguous';
}

export function accountNames(model: { accounts: { name: string }[] }): PersonName[] {
  let names = classified.get(model);
  if (!names) {
    const byName = new Map<string, PersonName>();
    names = model.accounts.map((account) => {
      let name = byName.get(account.name);
      if (!name) byName.set(account.name, (name = classifyName(account.name)));
      return name;
    });
    classified.set(model, names);
  }
  return names;
}
