/**
 * Labelled scenarios, modelled on the public record (methodology.md): a brigade of person-named
 * Pages with off-topic categories (a few operators on fake personal profiles) commenting in weekday
 * office shifts with some overtime, liking and replying to each other, on targeted posts of a news
 * Page; and the organic look-alikes that make this hard.
 */
export interface BrigadeConfig {
  accounts: number;
  /** Share of brigade accounts that are Pages; the rest are fake personal profiles. */
  pageShare: number;
  /** Share of a Page's category left blank (exports often lack it). */
  blankCategoryShare: number;
  /** Weight of an out-of-shift hour relative to an in-shift one (overtime): 0.03 disciplined, 0.4 loose. */
  overtime: number;
  /** Comments from free text instead of a few templates. */
  freeText: boolean;
  /** Share of targeted posts each brigade account joins, and comments per joined post. */
  joinShare: number;
  commentsPerPost: [number, number];
  /** Mean reactions a brigade comment gets from other brigade accounts. */
  networkLikes: number;
  /** Chance a brigade comment gets a reply from another brigade account, and a critic's from the brigade. */
  replyWithin: number;
  harassCritics: number;
  /** Names drawn from this many given names × surnames. */
  namePool: [number, number];
}

export interface Scenario {
  name: string;
  description: string;
  seed: number;
  /** First day (a Monday, UTC date) and number of days. */
  start: string;
  days: number;
  posts: number;
  targeted: number;
  /** Hours (Baku) at which the flood post is published, when posts = 1. */
  organic: { accounts: number; officeShare: number; diasporaShare: number; superfans: number; meanComments: number };
  organicPages: { businesses: number; media: number; publicFigures: number };
  /** outsideLikes: mean likes a campaign comment gets from commenters outside the campaign (its audience). */
  activists: { accounts: number; campaignPosts: number; officeShare: number; outsideLikes: number };
  brigade: BrigadeConfig | null;
  /** Whether the export carries author_type and author_category. */
  authorType: boolean;
  /** Whether a reactions file is written. */
  reactions: boolean;
}

const disciplinedPages: BrigadeConfig = {
  accounts: 120, pageShare: 0.9, blankCategoryShare: 0.1, overtime: 0.03, freeText: false, joinShare: 0.6,
  commentsPerPost: [1, 3], networkLikes: 8, replyWithin: 0.25, harassCritics: 0.15, namePool: [24, 16],
};

const base: Omit<Scenario, 'name' | 'description' | 'seed'> = {
  start: '2021-03-01',
  days: 28,
  posts: 84,
  targeted: 14,
  organic: { accounts: 900, officeShare: 0.15, diasporaShare: 0.1, superfans: 6, meanComments: 2.5 },
  organicPages: { businesses: 8, media: 4, publicFigures: 6 },
  activists: { accounts: 30, campaignPosts: 4, officeShare: 0.2, outsideLikes: 2 },
  brigade: disciplinedPages,
  authorType: true,
  reactions: true,
};

export const SCENARIOS: Record<string, Scenario> = {
  flood: {
    ...base,
    name: 'flood',
    description: 'One post flooded like Azad Soz (Guardian, Apr 2021): hundreds of person-named Pages in the first working days.',
    seed: 11,
    start: '2021-02-02',
    days: 4,
    posts: 1,
    targeted: 1,
    organic: { accounts: 700, officeShare: 0.15, diasporaShare: 0.1, superfans: 0, meanComments: 0.6 },
    activists: { accounts: 0, campaignPosts: 0, officeShare: 0, outsideLikes: 0 },
    brigade: { ...disciplinedPages, accounts: 260, pageShare: 0.95, joinShare: 1, commentsPerPost: [1, 2], networkLikes: 25, namePool: [30, 18] },
  },
  month: {
    ...base,
    name: 'month',
    description: 'A month of a news Page: 84 posts, 14 targeted by a brigade of Pages (10% fake profiles); organic look-alikes and a #FreeMehman campaign.',
    seed: 22,
  },
  control: {
    ...base,
    name: 'control',
    description: 'The same month with no brigade: office workers, diaspora, superfans, business and public-figure Pages, activists.',
    seed: 33,
    brigade: null,
  },
  'no-author-type': {
    ...base,
    name: 'no-author-type',
    description: 'The month scenario exported without author_type and author_category (as many scrapers do).',
    seed: 44,
    authorType: false,
  },
  'loose-shifts': {
    ...base,
    name: 'loose-shifts',
    description: 'Half the brigade Pages exported without a category, looser shifts and little mutual liking: partly missed by design.',
    seed: 66,
    brigade: { ...disciplinedPages, blankCategoryShare: 0.5, overtime: 0.25, networkLikes: 2, replyWithin: 0.1 },
  },
  'profiles-organic-hours': {
    ...base,
    name: 'profiles-organic-hours',
    description: 'Issue #5: a brigade of fake personal profiles keeping organic-looking hours, pasting templates and liking each other, exported without author type.',
    seed: 77,
    authorType: false,
    brigade: { ...disciplinedPages, pageShare: 0, overtime: 1, networkLikes: 8, replyWithin: 0.25 },
  },
  'tight-campaign': {
    ...base,
    name: 'tight-campaign',
    description: 'No brigade; a #FreeMehman campaign with little audience: outsiders give its comments 0.6 likes each against 5 from fellow campaigners.',
    seed: 88,
    brigade: null,
    activists: { ...base.activists, outsideLikes: 0.6 },
  },
  'hard-profiles': {
    ...base,
    name: 'hard-profiles',
    description: 'A brigade the classifier is expected to miss: fake personal profiles, loose shifts, free text.',
    seed: 55,
    brigade: { ...disciplinedPages, pageShare: 0, overtime: 0.4, freeText: true, networkLikes: 3, replyWithin: 0.1 },
  },
};
