// @ts-check
/**
 * A synthetic but realistic dataset for Kazakhstan's National Preventive Mechanism in 2023.
 *
 * The headline figures equal the ones published for 2023 (461 visits: 422 periodic, 33 special
 * and 6 intermediate; 474 facilities monitored; 3,125 recommendations, 40 % implemented as of
 * 2024-11-08; 258 + 17 officials held liable). Everything else — names, dates, texts, the
 * register of facilities — is invented.
 *
 * Deterministic: one seeded PRNG, dates as integer UTC day numbers, no clock, no time zone.
 *
 *   node examples/generate-kz-2023.mjs           # writes examples/data/kz-2023.json
 *   node examples/generate-kz-2023.mjs --check   # exits 1 if the committed file is stale
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** "KZ" 2023: any fixed value works, this one is easy to recognise. */
export const SEED = 0x4b5a2023;

// ---------------------------------------------------------------------------------------------
// Code lists (DESIGN §3)
// ---------------------------------------------------------------------------------------------

/** Facility types with the agency that supervises them by default. */
const TYPE_AGENCY = /** @type {const} */ ({
  penal_colony: "interior",
  pretrial_detention_centre: "interior",
  temporary_detention_facility: "interior",
  special_reception_centre: "interior",
  special_centre_foreigners: "interior",
  reception_distribution_centre: "interior",
  police_unit: "interior",
  nsc_detention_facility: "national_security",
  military_guardhouse: "defence",
  psychiatric_institution: "health",
  narcological_institution: "health",
  childrens_home: "education",
  special_educational_organization: "education",
  juvenile_adaptation_centre: "education",
  social_care_institution: "labour_social_protection",
});

/** @typedef {keyof typeof TYPE_AGENCY} FacilityType */
/** @typedef {(typeof TYPE_AGENCY)[FacilityType]} Agency */
/** @typedef {"periodic" | "intermediate" | "special"} VisitType */
/** @typedef {"complaint" | "media" | "incident" | "other"} TriggerKind */
/** @typedef {"issued" | "accepted" | "in_progress" | "partially_implemented" | "implemented" | "not_implemented" | "rejected" | "withdrawn"} Status */
/** @typedef {"detention_conditions" | "procurement" | "legal_awareness" | "medical_care" | "sanitation" | "food" | "safeguards" | "ill_treatment" | "contact_with_outside_world" | "complaints" | "staffing" | "documentation" | "accessibility" | "activities" | "other"} Theme */

/**
 * @typedef {object} Region
 * @property {string} code ISO 3166-2:KZ numeric code
 * @property {string} name English name used in facility names
 * @property {readonly string[]} towns the first one is the administrative centre
 * @property {number} weight share of the country's places of detention (relative)
 */

/** @type {readonly Region[]} */
const REGIONS = [
  { code: "KZ-10", name: "Abai Region", towns: ["Semey", "Ayagoz", "Kurchatov"], weight: 4 },
  { code: "KZ-11", name: "Akmola Region", towns: ["Kokshetau", "Stepnogorsk", "Shchuchinsk", "Atbasar"], weight: 6 },
  { code: "KZ-15", name: "Aktobe Region", towns: ["Aktobe", "Khromtau", "Kandyagash", "Shalkar"], weight: 5 },
  { code: "KZ-19", name: "Almaty Region", towns: ["Kaskelen", "Talgar", "Esik", "Uzynagash"], weight: 7 },
  { code: "KZ-23", name: "Atyrau Region", towns: ["Atyrau", "Kulsary", "Makat"], weight: 4 },
  { code: "KZ-27", name: "West Kazakhstan Region", towns: ["Oral", "Aksai", "Chingirlau"], weight: 4 },
  { code: "KZ-31", name: "Zhambyl Region", towns: ["Taraz", "Shu", "Karatau", "Zhanatas"], weight: 6 },
  { code: "KZ-33", name: "Jetisu Region", towns: ["Taldykorgan", "Tekeli", "Zharkent", "Ushtobe"], weight: 4 },
  { code: "KZ-35", name: "Karaganda Region", towns: ["Karaganda", "Temirtau", "Balkhash", "Saran", "Shakhtinsk"], weight: 9 },
  { code: "KZ-39", name: "Kostanay Region", towns: ["Kostanay", "Rudny", "Lisakovsk", "Arkalyk"], weight: 6 },
  { code: "KZ-43", name: "Kyzylorda Region", towns: ["Kyzylorda", "Aralsk", "Kazaly"], weight: 4 },
  { code: "KZ-47", name: "Mangystau Region", towns: ["Aktau", "Zhanaozen", "Beineu"], weight: 4 },
  { code: "KZ-55", name: "Pavlodar Region", towns: ["Pavlodar", "Ekibastuz", "Aksu"], weight: 6 },
  { code: "KZ-59", name: "North Kazakhstan Region", towns: ["Petropavl", "Bulaevo", "Mamlyutka"], weight: 4 },
  { code: "KZ-61", name: "Turkistan Region", towns: ["Turkistan", "Kentau", "Arys", "Saryagash"], weight: 7 },
  { code: "KZ-62", name: "Ulytau Region", towns: ["Zhezkazgan", "Karazhal", "Ulytau"], weight: 2 },
  { code: "KZ-63", name: "East Kazakhstan Region", towns: ["Oskemen", "Ridder", "Altai", "Shemonaikha"], weight: 6 },
  { code: "KZ-71", name: "Astana", towns: ["Astana"], weight: 7 },
  { code: "KZ-75", name: "Almaty", towns: ["Almaty"], weight: 8 },
  { code: "KZ-79", name: "Shymkent", towns: ["Shymkent"], weight: 5 },
];

// ---------------------------------------------------------------------------------------------
// The published figures and the quotas that reproduce them
// ---------------------------------------------------------------------------------------------

const REPORTED = {
  visits: { total: 461, byType: { periodic: 422, special: 33 } },
  facilitiesMonitored: 474,
  recommendations: 3000,
  implementationRate: 0.4,
  officials: { commissioner_office: 258, npm_participant: 17 },
};

/** Facilities visited in 2023, by type: 474 in all, interior (290) first. */
const MONITORED = /** @type {const} */ ({
  penal_colony: 66,
  pretrial_detention_centre: 18,
  temporary_detention_facility: 104,
  police_unit: 64,
  special_reception_centre: 20,
  special_centre_foreigners: 4,
  reception_distribution_centre: 14,
  nsc_detention_facility: 6,
  military_guardhouse: 10,
  psychiatric_institution: 20,
  narcological_institution: 14,
  childrens_home: 38,
  special_educational_organization: 10,
  juvenile_adaptation_centre: 14,
  social_care_institution: 72,
});

/** Facilities in the register that no 2023 visit covered (60). */
const NOT_VISITED = /** @type {const} */ ({
  penal_colony: 4,
  pretrial_detention_centre: 1,
  temporary_detention_facility: 12,
  police_unit: 10,
  special_reception_centre: 3,
  reception_distribution_centre: 1,
  military_guardhouse: 2,
  psychiatric_institution: 3,
  narcological_institution: 3,
  childrens_home: 7,
  special_educational_organization: 2,
  juvenile_adaptation_centre: 2,
  social_care_institution: 10,
});

/** A police department visited together with its IVS (pairs), and with its special reception centre (trios). */
const POLICE_TRIOS = 6;
const POLICE_PAIRS = 44;
/** Periodic visits that return to a facility already visited under the plan. */
const REPEATED_PERIODIC = 10;
/** Special visits: reports of ill-treatment, mostly about the penal system. */
const SPECIAL_REVISITS = /** @type {const} */ ({
  penal_colony: 10,
  pretrial_detention_centre: 4,
  temporary_detention_facility: 4,
  psychiatric_institution: 3,
  social_care_institution: 2,
  childrens_home: 1,
});
const SPECIAL_REVISIT_PAIRS = 4;
/** What set off the 33 special visits of 2023: mostly complaints. */
const TRIGGER_MIX = /** @type {const} */ ([
  ["complaint", 18],
  ["incident", 7],
  ["media", 5],
  ["other", 3],
]);
/** Special visits to places the plan did not include: one police department with its IVS, four singles. */
const SPECIAL_NEW_SINGLES = /** @type {const} */ ([
  "penal_colony",
  "psychiatric_institution",
  "narcological_institution",
  "social_care_institution",
]);

/** Recommendations issued in 2023: 3,125, of which 8 are agency-level (individualized). */
const RECOMMENDATIONS_2023 = 3125;
/** Status as of 2024-11-08 of the 3,125: exactly 40 % implemented. */
const STATUS_QUOTA = /** @type {const} */ ({
  implemented: 1250,
  partially_implemented: 380,
  in_progress: 520,
  accepted: 330,
  issued: 160,
  not_implemented: 300,
  rejected: 95,
  withdrawn: 90,
});
/** Individualized recommendations to the ministries, each escalating unimplemented ones. */
const AGENCY_RECOMMENDATIONS = /** @type {const} */ ([
  ["2023-10-05", "interior"],
  ["2023-10-19", "education"],
  ["2023-11-02", "health"],
  ["2023-11-14", "interior"],
  ["2023-11-28", "labour_social_protection"],
  ["2023-12-06", "defence"],
  ["2023-12-13", "interior"],
  ["2023-12-20", "education"],
]);
const REPEATED_RECOMMENDATIONS = 12;

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/**
 * @template T
 * @param {readonly T[]} items
 * @param {number} index
 * @returns {T}
 */
function at(items, index) {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} out of range (${items.length})`);
  return item;
}

/** mulberry32: tiny, fast, and good enough for example data. */
class Random {
  /** @param {number} seed */
  constructor(seed) {
    this.state = seed >>> 0;
  }

  /** @returns {number} uniform in [0, 1) */
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * @param {number} lo
   * @param {number} hi
   * @returns {number} an integer in [lo, hi]
   */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** @param {number} probability */
  chance(probability) {
    return this.next() < probability;
  }

  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    return at(items, Math.floor(this.next() * items.length));
  }

  /**
   * @template T
   * @param {readonly (readonly [T, number])[]} entries value and (relative) weight
   * @returns {T}
   */
  weighted(entries) {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    if (!(total > 0)) throw new Error("weighted(): nothing to choose from");
    let r = this.next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    // Floating-point rounding left r at 0: the last entry with a weight wins.
    const last = entries.filter(([, weight]) => weight > 0).at(-1);
    if (last === undefined) throw new Error("weighted(): nothing to choose from");
    return last[0];
  }

  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T[]} a shuffled copy
   */
  shuffle(items) {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = at(out, i);
      out[i] = at(out, j);
      out[j] = tmp;
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Civil dates as UTC day numbers (days since 1970-01-01): the same in every time zone
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

/** @param {string} date YYYY-MM-DD */
function toDay(date) {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const dayOfMonth = Number(date.slice(8, 10));
  return Date.UTC(year, month - 1, dayOfMonth) / DAY_MS;
}

/** @param {number} day */
function toDate(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
function weekday(/** @type {number} */ day) {
  return (((day + 4) % 7) + 7) % 7;
}

/** Public holidays of Kazakhstan (fixed dates), when no planned visit takes place. */
const HOLIDAYS = new Set(["01-01", "01-02", "01-07", "03-08", "03-21", "03-22", "03-23", "05-01", "05-07", "05-09", "07-06", "08-30", "10-25", "12-16", "12-17"]);

/** @param {number} day */
function isWorkday(day) {
  const w = weekday(day);
  return w !== 0 && w !== 6 && !HOLIDAYS.has(toDate(day).slice(5));
}

/**
 * @param {number} from
 * @param {number} to
 * @returns {number[]} every day in [from, to]
 */
function daysBetween(from, to) {
  const out = [];
  for (let d = from; d <= to; d++) out.push(d);
  return out;
}

const PERIOD_FROM = toDay("2023-01-01");
const PERIOD_TO = toDay("2023-12-31");
/** The day of the round table where the 2023 report was presented: statuses are read then. */
const AS_OF = toDay("2024-11-08");

/** @param {number} day */
function inPeriod(day) {
  return day >= PERIOD_FROM && day <= PERIOD_TO;
}

/** How busy each month of the annual plan is (January and the May and December holidays are quieter). */
const MONTH_WEIGHTS = [4, 8, 9, 10, 8, 10, 7, 7, 10, 11, 10, 6];

/** Working days of 2023 open to planned visits, each weighted by how busy its month is. */
const PLANNED_DAYS = (() => {
  const days = daysBetween(toDay("2023-01-09"), toDay("2023-12-29")).filter(isWorkday);
  /** @type {number[]} */
  const perMonth = Array.from({ length: 12 }, () => 0);
  const monthOf = (/** @type {number} */ d) => Number(toDate(d).slice(5, 7)) - 1;
  for (const d of days) perMonth[monthOf(d)] = at(perMonth, monthOf(d)) + 1;
  return days.map((d) => /** @type {const} */ ([d, at(MONTH_WEIGHTS, monthOf(d)) / at(perMonth, monthOf(d))]));
})();

// ---------------------------------------------------------------------------------------------
// The register of facilities
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {object} Facility
 * @property {string} id assigned once the register is sorted
 * @property {string} name
 * @property {FacilityType} type
 * @property {Agency} agency
 * @property {Region} region
 * @property {number | null} capacity
 * @property {number | null} openedOn
 * @property {number | null} closedOn
 * @property {number} visitableFrom first day a visit may start
 * @property {number} visitableTo last day a visit may start
 * @property {boolean} pinned opened or closed in 2023: no extra visits are drawn for it
 */

/** Typical number of places, by type (rounded to 5); police units publish none. */
const CAPACITY = /** @type {const} */ ({
  penal_colony: [300, 1600],
  pretrial_detention_centre: [200, 1400],
  temporary_detention_facility: [10, 60],
  special_reception_centre: [20, 80],
  special_centre_foreigners: [20, 60],
  reception_distribution_centre: [15, 40],
  police_unit: null,
  nsc_detention_facility: [10, 40],
  military_guardhouse: [5, 30],
  psychiatric_institution: [100, 800],
  narcological_institution: [40, 200],
  childrens_home: [30, 150],
  special_educational_organization: [40, 150],
  juvenile_adaptation_centre: [20, 60],
  social_care_institution: [50, 450],
});

/**
 * Names as "<kind>, <place>"; the place is a town or the region.
 * @type {Record<Exclude<FacilityType, "penal_colony" | "pretrial_detention_centre" | "temporary_detention_facility" | "police_unit" | "special_reception_centre">, readonly (readonly [string, "town" | "region"])[]>}
 */
const NAME_KINDS = {
  special_centre_foreigners: [["Special centre for foreign nationals", "town"]],
  reception_distribution_centre: [["Reception and distribution centre", "town"]],
  nsc_detention_facility: [["NSC detention facility", "region"]],
  military_guardhouse: [["Garrison guardhouse", "town"]],
  psychiatric_institution: [["Regional centre for mental health", "region"], ["Psychiatric hospital", "town"]],
  narcological_institution: [["Narcological dispensary", "town"], ["Centre for the treatment of addictions", "town"]],
  childrens_home: [["Children's home", "town"], ["Children's village", "town"], ["Infant home", "town"]],
  special_educational_organization: [["Special boarding school for minors", "town"], ["Educational institution with special conditions of detention", "region"]],
  juvenile_adaptation_centre: [["Juvenile adaptation centre", "town"]],
  social_care_institution: [
    ["Care home for the elderly and persons with disabilities", "town"],
    ["Psychoneurological medical and social institution", "town"],
    ["Children's medical and social institution", "town"],
  ],
};

const PENAL_KINDS = /** @type {const} */ ([
  ["Medium security penal colony", 8],
  ["Minimum security penal colony", 5],
  ["Maximum security penal colony", 3],
  ["Colony-settlement", 3],
  ["Women's penal colony", 1],
]);

const DISTRICTS = ["Central", "Northern", "Southern", "Eastern", "Western", "Industrial", "Railway"];

class RegisterBuilder {
  /** @param {Random} rng */
  constructor(rng) {
    this.rng = rng;
    /** @type {Facility[]} */
    this.facilities = [];
    /** @type {Set<string>} */
    this.names = new Set();
    /** @type {Map<string, number>} penal institutions are numbered within their region, as in "EC-155/3" */
    this.institutionNumbers = new Map();
    /** @type {Map<string, string[]>} police departments not yet used, by region (each IVS, reception centre and police unit belongs to one) */
    this.departments = new Map(REGIONS.map((region) => [region.code, rng.shuffle(departmentNames(region))]));
  }

  /**
   * @param {FacilityType} type
   * @returns {Region}
   */
  region(type) {
    return this.rng.weighted(REGIONS.map((region) => [region, regionWeight(region, type)]));
  }

  /** @param {Region} region */
  town(region) {
    return this.rng.chance(0.5) ? at(region.towns, 0) : this.rng.pick(region.towns);
  }

  /** A police department name nobody uses yet, in a region drawn by weight. */
  department() {
    const withLeft = REGIONS.filter((region) => (this.departments.get(region.code) ?? []).length > 0);
    const region = this.rng.weighted(withLeft.map((r) => [r, r.weight]));
    const name = (this.departments.get(region.code) ?? []).pop();
    if (name === undefined) throw new Error("no police department left");
    return { region, name };
  }

  /**
   * "<kind>, <place>", numbered "No. 2", "No. 3" when the name is taken.
   * @param {string} kind
   * @param {string} place
   */
  uniqueName(kind, place) {
    let name = `${kind}, ${place}`;
    for (let n = 2; this.names.has(name); n++) name = `${kind} No. ${n}, ${place}`;
    return name;
  }

  /**
   * @param {FacilityType} type
   * @param {Region} region
   */
  nameFor(type, region) {
    if (type === "penal_colony" || type === "pretrial_detention_centre") {
      const number = (this.institutionNumbers.get(region.code) ?? 0) + 1;
      this.institutionNumbers.set(region.code, number);
      const code = `EC-1${region.code.slice(3)}/${number}`;
      if (type === "pretrial_detention_centre") return `Pre-trial detention centre ${code}, ${this.town(region)}`;
      return `${this.rng.weighted(PENAL_KINDS)} ${code}, ${region.name}`;
    }
    if (type === "temporary_detention_facility" || type === "police_unit" || type === "special_reception_centre") {
      throw new Error(`${type} is named after its police department`);
    }
    const [kind, place] = this.rng.pick(NAME_KINDS[type]);
    return this.uniqueName(kind, place === "town" ? this.town(region) : region.name);
  }

  /**
   * @param {FacilityType} type
   * @param {{ region?: Region, name?: string }} [given]
   * @returns {Facility}
   */
  add(type, given = {}) {
    const region = given.region ?? this.region(type);
    const name = given.name ?? this.nameFor(type, region);
    if (this.names.has(name)) throw new Error(`duplicate facility name: ${name}`);
    this.names.add(name);
    const range = CAPACITY[type];
    /** @type {Facility} */
    const facility = {
      id: "",
      name,
      type,
      agency: TYPE_AGENCY[type],
      region,
      capacity: range === null || this.rng.chance(0.08) ? null : 5 * this.rng.int(range[0] / 5, range[1] / 5),
      // Opening dates are known for most places; unknown ones stay null.
      openedOn: this.rng.chance(0.8) ? this.rng.int(toDay("1955-01-01"), toDay("2019-12-31")) : null,
      closedOn: null,
      // Open all through 2022-2024 unless pinned: any day is fine for a visit.
      visitableFrom: PERIOD_FROM - 400,
      visitableTo: PERIOD_TO + 400,
      pinned: false,
    };
    this.facilities.push(facility);
    return facility;
  }

  /**
   * A police department with its IVS and, for trios, its special reception centre.
   * @param {readonly ("police_unit" | "temporary_detention_facility" | "special_reception_centre")[]} types
   */
  addDepartment(types) {
    const { region, name } = this.department();
    return types.map((type) => {
      if (type === "police_unit") return this.add(type, { region, name });
      if (type === "temporary_detention_facility") return this.add(type, { region, name: `IVS of the ${name}` });
      return this.add(type, { region, name: `Special reception centre of the ${name}` });
    });
  }
}

/** @param {Region} region */
function departmentNames(region) {
  const main = at(region.towns, 0);
  if (region.towns.length === 1) {
    // A city of republican significance: one city department and its district departments.
    return [`${main} city police department`, ...DISTRICTS.map((d) => `${d} district police department, ${main}`)];
  }
  return [
    ...region.towns.flatMap((town) => [`${town} city police department`, `${town} district police department`]),
    ...DISTRICTS.slice(0, 4).map((d) => `${d} district police department, ${main}`),
  ];
}

/**
 * @param {Region} region
 * @param {FacilityType} type
 */
function regionWeight(region, type) {
  if (type !== "penal_colony") return region.weight;
  if (region.towns.length === 1) return region.weight * 0.3; // few colonies inside the big cities
  if (region.code === "KZ-35") return region.weight * 2; // Karaganda: the historic heart of the penal system
  return region.weight;
}

/**
 * @typedef {object} Register
 * @property {Facility[]} facilities every facility, sorted and numbered
 * @property {Facility[][]} plannedGroups what the 2023 plan covers, one group per periodic visit
 * @property {Facility[][]} specialNewGroups visited in 2023 only by special visits
 * @property {Facility} openedLate opened in November 2023, first visited in January 2024
 */

/**
 * @param {Random} rng
 * @returns {Register}
 */
function buildRegister(rng) {
  const b = new RegisterBuilder(rng);

  // Planned groups that cover a police department together with its IVS (and reception centre).
  /** @type {Facility[][]} */
  const plannedGroups = [];
  for (let i = 0; i < POLICE_TRIOS; i++) {
    plannedGroups.push(b.addDepartment(["police_unit", "temporary_detention_facility", "special_reception_centre"]));
  }
  for (let i = 0; i < POLICE_PAIRS; i++) plannedGroups.push(b.addDepartment(["police_unit", "temporary_detention_facility"]));
  const specialPair = b.addDepartment(["police_unit", "temporary_detention_facility"]);

  // Every other monitored facility is a group of its own.
  const inGroups = POLICE_TRIOS + POLICE_PAIRS + 1;
  /** @type {Record<FacilityType, number>} */
  const left = {
    ...MONITORED,
    police_unit: MONITORED.police_unit - inGroups,
    temporary_detention_facility: MONITORED.temporary_detention_facility - inGroups,
    special_reception_centre: MONITORED.special_reception_centre - POLICE_TRIOS,
  };
  /** @type {Facility[]} */
  const singles = [];
  for (const type of /** @type {FacilityType[]} */ (Object.keys(left))) {
    for (let i = 0; i < left[type]; i++) singles.push(addSingle(b, type));
  }

  // Four singles were reached only by special visits; the rest are planned.
  /** @type {Facility[][]} */
  const specialNewGroups = [specialPair];
  for (const type of SPECIAL_NEW_SINGLES) {
    const facility = rng.pick(singles.filter((f) => f.type === type));
    singles.splice(singles.indexOf(facility), 1);
    specialNewGroups.push([facility]);
  }

  // One centre opened in 2023 (visited after it opened), two places closed in 2023 after their visit.
  pin(rng.pick(singles.filter((f) => f.type === "juvenile_adaptation_centre")), { openedOn: "2023-03-01", from: "2023-04-03" });
  pin(rng.pick(singles.filter((f) => f.type === "childrens_home")), { closedOn: "2023-08-31", to: "2023-06-30" });
  pin(rng.pick(singles.filter((f) => f.type === "special_reception_centre")), { closedOn: "2023-10-02", to: "2023-07-31" });
  plannedGroups.push(...singles.map((f) => [f]));

  // The rest of the register: not visited in 2023; a few closed in 2022, one opened in November 2023.
  /** @type {Facility[]} */
  const notVisited = [];
  for (const [type, count] of /** @type {[FacilityType, number][]} */ (Object.entries(NOT_VISITED))) {
    for (let i = 0; i < count; i++) notVisited.push(addSingle(b, type));
  }
  for (const type of /** @type {const} */ (["penal_colony", "temporary_detention_facility", "childrens_home", "social_care_institution", "narcological_institution"])) {
    const facility = rng.pick(notVisited.filter((f) => f.type === type && f.closedOn === null));
    facility.closedOn = rng.int(toDay("2022-01-10"), toDay("2022-12-20"));
    facility.openedOn = facility.openedOn === null ? null : Math.min(facility.openedOn, toDay("2015-01-01"));
  }
  const openedLate = rng.pick(notVisited.filter((f) => f.type === "social_care_institution" && f.closedOn === null));
  pin(openedLate, { openedOn: "2023-11-15", from: "2023-11-15" });

  const facilities = b.facilities.slice().sort(compareFacilities);
  facilities.forEach((f, i) => (f.id = `F-${String(i + 1).padStart(4, "0")}`));
  return { facilities, plannedGroups, specialNewGroups, openedLate };
}

/**
 * @param {RegisterBuilder} b
 * @param {FacilityType} type
 */
function addSingle(b, type) {
  if (type === "police_unit" || type === "temporary_detention_facility" || type === "special_reception_centre") {
    return at(b.addDepartment([type]), 0);
  }
  return b.add(type);
}

/**
 * Fixes a facility's opening or closing in 2023 and the window its visits must fall into.
 * @param {Facility} facility
 * @param {{ openedOn?: string, closedOn?: string, from?: string, to?: string }} dates
 */
function pin(facility, dates) {
  if (dates.openedOn !== undefined) facility.openedOn = toDay(dates.openedOn);
  if (dates.closedOn !== undefined) facility.closedOn = toDay(dates.closedOn);
  if (dates.from !== undefined) facility.visitableFrom = toDay(dates.from);
  if (dates.to !== undefined) facility.visitableTo = toDay(dates.to);
  facility.pinned = true;
}

const TYPE_ORDER = /** @type {FacilityType[]} */ (Object.keys(TYPE_AGENCY));

/** The register reads by region, then type, then name (plain code-unit order: no locale). */
function compareFacilities(/** @type {Facility} */ a, /** @type {Facility} */ b) {
  if (a.region.code !== b.region.code) return a.region.code < b.region.code ? -1 : 1;
  if (a.type !== b.type) return TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type);
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Visits
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {object} Visit
 * @property {string} id assigned once all visits are sorted by date
 * @property {number} seq creation order, the tie-break between visits of one day
 * @property {VisitType} type
 * @property {number} start
 * @property {number | null} end null when the report gives only the start
 * @property {Facility[]} facilities
 * @property {Visit | null} followUpOf
 * @property {{ kind: TriggerKind, receivedOn: number } | null} trigger
 * @property {number} teamSize
 */

class VisitBook {
  /** @param {Random} rng */
  constructor(rng) {
    this.rng = rng;
    /** @type {Visit[]} */
    this.visits = [];
    /** @type {Map<Facility, Visit[]>} */
    this.byFacility = new Map();
  }

  /**
   * @param {VisitType} type
   * @param {Facility[]} facilities
   * @param {number} start
   * @param {{ followUpOf?: Visit, trigger?: Visit["trigger"] }} [links]
   */
  add(type, facilities, start, links = {}) {
    /** @type {Visit} */
    const visit = {
      id: "",
      seq: this.visits.length,
      type,
      start,
      end: drawEnd(this.rng, start, facilities),
      facilities,
      followUpOf: links.followUpOf ?? null,
      trigger: links.trigger ?? null,
      teamSize: this.rng.weighted([[3, 30], [4, 30], [5, 20], [6, 12], [7, 8]]),
    };
    this.visits.push(visit);
    for (const f of facilities) this.byFacility.set(f, [...(this.byFacility.get(f) ?? []), visit]);
    return visit;
  }

  /**
   * Whether a visit to any of the facilities starts within `gap` days of `day`.
   * @param {readonly Facility[]} facilities
   * @param {number} day
   * @param {number} gap
   */
  near(facilities, day, gap) {
    return facilities.some((f) => (this.byFacility.get(f) ?? []).some((v) => Math.abs(v.start - day) < gap));
  }
}

/**
 * Big institutions take longer; a small share of reports omit the end date.
 * @param {Random} rng
 * @param {number} start
 * @param {readonly Facility[]} facilities
 * @returns {number | null}
 */
function drawEnd(rng, start, facilities) {
  if (rng.chance(0.1)) return null;
  const big = facilities.some((f) => f.type === "penal_colony" || f.type === "pretrial_detention_centre" || f.type === "psychiatric_institution");
  if (big) return start + rng.weighted([[0, 3], [1, 5], [2, 2]]);
  if (facilities.length > 1) return start + rng.weighted([[0, 5], [1, 4], [2, 1]]);
  return start + rng.weighted([[0, 8], [1, 2]]);
}

/**
 * A working day of the plan inside every facility's window, avoiding days the caller rules out.
 * @param {Random} rng
 * @param {readonly Facility[]} facilities
 * @param {(day: number) => boolean} [avoid]
 */
function plannedDay(rng, facilities, avoid = () => false) {
  const from = Math.max(...facilities.map((f) => f.visitableFrom));
  const to = Math.min(...facilities.map((f) => f.visitableTo));
  const candidates = PLANNED_DAYS.filter(([d]) => d >= from && d <= to && !avoid(d));
  return rng.weighted(candidates);
}

/**
 * Special visits answer a report: any day, weekends less often.
 * @param {Random} rng
 * @param {VisitBook} book
 * @param {readonly Facility[]} facilities
 */
function specialDay(rng, book, facilities) {
  const candidates = daysBetween(toDay("2023-01-09"), toDay("2023-12-27"))
    .filter((d) => !book.near(facilities, d, 14))
    .map((d) => /** @type {const} */ ([d, isWorkday(d) ? 1 : 0.15]));
  return rng.weighted(candidates);
}

/** @param {Facility} f */
function isHighRisk(f) {
  return f.type === "penal_colony" || f.type === "pretrial_detention_centre" || f.type === "psychiatric_institution";
}

/**
 * @param {Random} rng
 * @param {Register} register
 * @returns {Visit[]} sorted by start date, numbered
 */
function planVisits(rng, register) {
  const book = new VisitBook(rng);
  /** @type {TriggerKind[]} */
  const triggers = rng.shuffle(TRIGGER_MIX.flatMap(([kind, count]) => Array.from({ length: count }, () => kind)));

  // The annual plan: one periodic visit per group.
  const planned = rng.shuffle(register.plannedGroups).map((group) => book.add("periodic", group, plannedDay(rng, group)));
  const plannedSingles = planned.filter((v) => v.facilities.length === 1 && !at(v.facilities, 0).pinned);
  const plannedPairs = planned.filter((v) => v.facilities.length === 2);

  // A few places on the plan twice, at least three months apart.
  const repeated = [...rng.shuffle(plannedSingles.filter((v) => isHighRisk(at(v.facilities, 0)))).slice(0, REPEATED_PERIODIC - 1), rng.pick(plannedPairs)];
  for (const original of repeated) {
    book.add("periodic", original.facilities, plannedDay(rng, original.facilities, (d) => book.near(original.facilities, d, 90)));
  }

  // Special visits: places the plan did not include, then places it did.
  for (const group of register.specialNewGroups) addSpecial(rng, book, group, triggers);
  /** @type {Set<Facility>} */
  const chosen = new Set();
  for (const [type, count] of Object.entries(SPECIAL_REVISITS)) {
    const candidates = plannedSingles.map((v) => at(v.facilities, 0)).filter((f) => f.type === type);
    for (const facility of rng.shuffle(candidates).slice(0, count)) {
      chosen.add(facility);
      addSpecial(rng, book, [facility], triggers);
    }
  }
  for (const pair of rng.shuffle(plannedPairs).slice(0, SPECIAL_REVISIT_PAIRS)) addSpecial(rng, book, pair.facilities, triggers);

  // Just outside the period: December 2022 and January 2024 (not counted for 2023).
  const december = rng.pick(plannedSingles.filter((v) => at(v.facilities, 0).type === "penal_colony" && !chosen.has(at(v.facilities, 0))));
  const lastYear = book.add("periodic", december.facilities, toDay("2022-12-06"));
  book.add("periodic", rng.pick(plannedPairs).facilities, toDay("2022-12-14"));
  book.add("periodic", [register.openedLate], toDay("2024-01-10"));
  const complaintAbout = rng.pick(plannedSingles.filter((v) => at(v.facilities, 0).type === "penal_colony")).facilities;
  book.add("special", complaintAbout, toDay("2024-01-08"), { trigger: { kind: "complaint", receivedOn: toDay("2023-12-29") } });

  // Intermediate visits check, two to four months later, what became of the recommendations.
  addFollowUp(rng, book, lastYear, lastYear.facilities);
  const early = (/** @type {Visit} */ v) => v.start <= toDay("2023-08-31");
  for (const original of rng.shuffle(plannedSingles.filter((v) => early(v) && v !== december)).slice(0, 4)) {
    addFollowUp(rng, book, original, original.facilities);
  }
  const pair = rng.pick(plannedPairs.filter(early));
  addFollowUp(rng, book, pair, pair.facilities);

  const visits = book.visits.slice().sort((a, b) => a.start - b.start || a.seq - b.seq);
  visits.forEach((v, i) => (v.id = `V-${String(i + 1).padStart(4, "0")}`));
  return visits;
}

/**
 * A special visit starts up to ten days after the report that set it off.
 * @param {Random} rng
 * @param {VisitBook} book
 * @param {Facility[]} facilities
 * @param {TriggerKind[]} triggers what is left of the mix; one is used up
 */
function addSpecial(rng, book, facilities, triggers) {
  const kind = triggers.pop();
  if (kind === undefined) throw new Error("more special visits than triggers");
  const start = specialDay(rng, book, facilities);
  book.add("special", facilities, start, { trigger: { kind, receivedOn: start - rng.int(0, 10) } });
}

/**
 * @param {Random} rng
 * @param {VisitBook} book
 * @param {Visit} original
 * @param {Facility[]} facilities a subset of the original's
 */
function addFollowUp(rng, book, original, facilities) {
  const last = Math.min(original.start + 120, toDay("2023-12-22"));
  const candidates = daysBetween(original.start + 45, last).filter((d) => isWorkday(d) && !book.near(facilities, d, 7));
  book.add("intermediate", facilities, rng.pick(candidates), { followUpOf: original });
}

// ---------------------------------------------------------------------------------------------
// Recommendations
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {object} Change
 * @property {Status} status
 * @property {number} on
 */

/**
 * @typedef {object} Rec
 * @property {string} id assigned once all are sorted by issue date
 * @property {number} seq creation order, the tie-break between recommendations of one day
 * @property {Visit | null} visit null for agency-level ones
 * @property {Facility | null} facility
 * @property {Agency} addressee
 * @property {Theme[]} themes
 * @property {string} text
 * @property {number} issued
 * @property {number | null} due
 * @property {Rec[]} escalates
 * @property {Rec | null} repeatOf
 * @property {Change[]} history
 */

/** How many recommendations a periodic visit leaves, by type of place. */
const RECS_PER_VISIT = /** @type {const} */ ({
  penal_colony: [8, 16],
  pretrial_detention_centre: [7, 14],
  temporary_detention_facility: [3, 7],
  special_reception_centre: [3, 7],
  special_centre_foreigners: [4, 8],
  reception_distribution_centre: [3, 6],
  police_unit: [2, 4],
  nsc_detention_facility: [2, 5],
  military_guardhouse: [3, 6],
  psychiatric_institution: [6, 11],
  narcological_institution: [4, 9],
  childrens_home: [4, 8],
  special_educational_organization: [4, 8],
  juvenile_adaptation_centre: [3, 7],
  social_care_institution: [5, 10],
});
/** Special and intermediate visits look at fewer things. */
const RECS_FACTOR = { periodic: 1, special: 0.6, intermediate: 0.4 };

/** The published main themes weigh most. */
/** @type {readonly (readonly [Theme, number])[]} */
const THEME_WEIGHTS = [
  ["detention_conditions", 24],
  ["procurement", 17],
  ["medical_care", 15],
  ["legal_awareness", 14],
  ["sanitation", 14],
  ["food", 4],
  ["safeguards", 4],
  ["staffing", 4],
  ["documentation", 4],
  ["ill_treatment", 3],
  ["contact_with_outside_world", 3],
  ["complaints", 3],
  ["activities", 3],
  ["accessibility", 2],
  ["other", 1],
];

/** Themes that matter more in some kinds of place. */
/** @type {Partial<Record<FacilityType, Partial<Record<Theme, number>>>>} */
const THEME_BONUS = {
  temporary_detention_facility: { safeguards: 8, documentation: 6 },
  police_unit: { safeguards: 10, documentation: 6, ill_treatment: 3 },
  special_reception_centre: { safeguards: 4, food: 3 },
  psychiatric_institution: { medical_care: 6, accessibility: 3, complaints: 2 },
  childrens_home: { activities: 6, staffing: 3 },
  special_educational_organization: { activities: 5, contact_with_outside_world: 3 },
  juvenile_adaptation_centre: { activities: 5, legal_awareness: 3 },
  social_care_institution: { accessibility: 8, medical_care: 5 },
};

/** Short invented sentences, one theme each; no numbers, names or contact details. */
/** @type {Record<Theme, readonly string[]>} */
const TEXTS = {
  detention_conditions: [
    "Repair the ventilation in the residential block.",
    "Ensure natural light and fresh air in every room.",
    "Replace worn mattresses and bedding.",
    "Bring the living space per person up to the legal norm.",
    "Repair the leaking roof of the main building.",
    "Keep rooms warm during the heating season.",
  ],
  procurement: [
    "Purchase hygiene kits for newly admitted persons.",
    "Procure seasonal clothing and footwear.",
    "Equip the medical unit with a defibrillator.",
    "Procure furniture for the visiting rooms.",
    "Replace the kitchen refrigeration equipment.",
  ],
  legal_awareness: [
    "Train staff on the absolute prohibition of torture.",
    "Inform every person held of their rights in a language they understand.",
    "Display information on complaint procedures in every unit.",
    "Hold regular legal awareness sessions for residents and staff.",
  ],
  medical_care: [
    "Ensure a medical examination on admission.",
    "Record and report injuries found on admission.",
    "Provide regular access to a dentist.",
    "Ensure continuity of treatment for chronic diseases.",
    "Provide psychological support to persons at risk of self-harm.",
  ],
  sanitation: [
    "Bring the shower rooms into line with sanitary standards.",
    "Carry out regular pest control.",
    "Screen the toilets in rooms to ensure privacy.",
    "Ensure hot water in the sanitary facilities.",
  ],
  food: [
    "Provide a special diet for persons with medical needs.",
    "Serve hot meals to persons held overnight.",
    "Keep records of food storage temperatures.",
  ],
  safeguards: [
    "Notify relatives promptly of the detention.",
    "Ensure access to a lawyer from the moment of arrest.",
    "Record the exact time of actual detention.",
  ],
  ill_treatment: [
    "Install video surveillance without blind spots.",
    "Investigate every allegation of ill-treatment promptly.",
    "Stop using restraints as a punishment.",
  ],
  contact_with_outside_world: ["Allow regular telephone calls with family.", "Extend the duration of family visits."],
  complaints: ["Install confidential complaint boxes.", "Register and answer every complaint within the legal time limit."],
  staffing: ["Fill vacant staff positions.", "Train staff in de-escalation techniques."],
  documentation: ["Keep the register of admissions complete and legible.", "Record every use of force in a dedicated register."],
  accessibility: ["Make the building accessible for wheelchair users.", "Install handrails in corridors and bathrooms."],
  activities: ["Offer daily outdoor exercise.", "Provide education and vocational training.", "Equip a library and a sports area."],
  other: ["Review internal regulations for compliance with the law."],
};

/** @type {Record<Theme, string>} */
const THEME_LABELS = {
  detention_conditions: "conditions of detention",
  procurement: "procurement of necessary items",
  legal_awareness: "legal training",
  medical_care: "medical care",
  sanitation: "sanitary standards",
  food: "food",
  safeguards: "fundamental safeguards",
  ill_treatment: "prevention of ill-treatment",
  contact_with_outside_world: "contact with the outside world",
  complaints: "complaint procedures",
  staffing: "staffing",
  documentation: "record keeping",
  accessibility: "accessibility",
  activities: "meaningful activities",
  other: "other matters",
};

/**
 * One to three distinct themes, drawn by weight for the type of place.
 * @param {Random} rng
 * @param {FacilityType} type
 * @returns {Theme[]}
 */
function drawThemes(rng, type) {
  const bonus = THEME_BONUS[type] ?? {};
  let pool = THEME_WEIGHTS.map(([theme, weight]) => /** @type {const} */ ([theme, weight + (bonus[theme] ?? 0)]));
  const count = rng.weighted([[1, 55], [2, 35], [3, 10]]);
  /** @type {Theme[]} */
  const themes = [];
  while (themes.length < count) {
    const theme = rng.weighted(pool);
    themes.push(theme);
    pool = pool.filter(([t]) => t !== theme);
  }
  return themes;
}

/**
 * @typedef {object} Slot one visit to one facility: the recommendations it leaves share an issue date
 * @property {Visit} visit
 * @property {Facility} facility
 * @property {number} issued
 * @property {number} count
 */

/**
 * @param {Random} rng
 * @param {readonly Visit[]} visits
 * @returns {Slot[]}
 */
function planSlots(rng, visits) {
  /** @type {Slot[]} */
  const slots = [];
  for (const visit of visits) {
    for (const facility of visit.facilities) {
      const [lo, hi] = RECS_PER_VISIT[facility.type];
      const count = Math.max(1, Math.round(rng.int(lo, hi) * RECS_FACTOR[visit.type]));
      let issued = visit.start + rng.int(3, 30);
      // The December 2022 visits were reported before the year closed.
      if (visit.start < PERIOD_FROM) issued = Math.min(issued, PERIOD_FROM - 2);
      slots.push({ visit, facility, issued, count });
    }
  }
  // Trim or pad at random until the recommendations issued in 2023 reach the target exactly.
  const counted = slots.filter((s) => inPeriod(s.issued));
  const target = RECOMMENDATIONS_2023 - AGENCY_RECOMMENDATIONS.length;
  let total = counted.reduce((sum, s) => sum + s.count, 0);
  while (total !== target) {
    const slot = rng.pick(counted);
    if (total > target && slot.count > 1) {
      slot.count--;
      total--;
    } else if (total < target) {
      slot.count++;
      total++;
    }
  }
  return slots;
}

/**
 * @param {Random} rng
 * @param {readonly Slot[]} slots
 * @returns {Rec[]}
 */
function draftRecommendations(rng, slots) {
  /** @type {Rec[]} */
  const recs = [];
  for (const { visit, facility, issued, count } of slots) {
    for (let i = 0; i < count; i++) {
      const themes = drawThemes(rng, facility.type);
      recs.push({
        id: "",
        seq: recs.length,
        visit,
        facility,
        addressee: facility.agency,
        themes,
        text: rng.pick(TEXTS[at(themes, 0)]),
        issued,
        due: rng.chance(0.85) ? issued + rng.pick([30, 45, 60, 90, 90, 120, 180]) : null,
        escalates: [],
        repeatOf: null,
        history: [],
      });
    }
  }
  for (const [date, agency] of AGENCY_RECOMMENDATIONS) {
    const issued = toDay(date);
    recs.push({
      id: "",
      seq: recs.length,
      visit: null,
      facility: null,
      addressee: agency,
      themes: [],
      text: "",
      issued,
      due: issued + 90,
      escalates: [],
      repeatOf: null,
      history: [],
    });
  }
  return recs;
}

// ----- statuses and their history -----

/** The paths a recommendation takes to reach each status (relative weights). */
/** @type {Record<Status, readonly (readonly [readonly Status[], number])[]>} */
const PATHS = {
  issued: [[[], 1]],
  accepted: [[["accepted"], 1]],
  in_progress: [[["accepted", "in_progress"], 7], [["in_progress"], 3]],
  partially_implemented: [[["accepted", "in_progress", "partially_implemented"], 6], [["accepted", "partially_implemented"], 4]],
  implemented: [[["accepted", "in_progress", "implemented"], 5], [["accepted", "implemented"], 3], [["implemented"], 2]],
  not_implemented: [[["accepted", "not_implemented"], 4], [["accepted", "in_progress", "not_implemented"], 3], [["not_implemented"], 3]],
  rejected: [[["rejected"], 1]],
  withdrawn: [[["withdrawn"], 6], [["accepted", "withdrawn"], 4]],
};

/** Status mix for recommendations issued outside 2023 (no quota to meet). */
/** @type {readonly (readonly [Status, number])[]} */
const OUTSIDE_MIX = [
  ["implemented", 35],
  ["in_progress", 20],
  ["accepted", 15],
  ["partially_implemented", 10],
  ["not_implemented", 10],
  ["issued", 6],
  ["rejected", 2],
  ["withdrawn", 2],
];

/**
 * Status as of a day: the last change on or before it.
 * @param {Rec} rec
 * @param {number} day
 * @returns {Status}
 */
function statusAt(rec, day) {
  /** @type {Status} */
  let status = "issued";
  for (const change of rec.history) if (change.on <= day) status = change.status;
  return status;
}

/**
 * Draws the status each 2023 recommendation has on 2024-11-08 so that every quota is met exactly:
 * each draw is weighted by what is left of the quotas, so they run out together. Older
 * recommendations lean towards a final outcome, recent ones towards "issued" and "accepted".
 * @param {Random} rng
 * @param {readonly Rec[]} counted
 * @returns {Map<Rec, Status>}
 */
function allocateStatuses(rng, counted) {
  /** @type {Map<Rec, Status>} */
  const statuses = new Map();
  /** @type {Record<Status, number>} */
  const left = { ...STATUS_QUOTA };
  // Recommendations to places closed in 2023 became void.
  for (const rec of counted) {
    if (rec.facility !== null && rec.facility.closedOn !== null && inPeriod(rec.facility.closedOn)) {
      statuses.set(rec, "withdrawn");
      left.withdrawn--;
    }
  }
  if (left.withdrawn < 0) throw new Error("withdrawn quota too small");
  for (const rec of rng.shuffle(counted)) {
    if (statuses.has(rec)) continue;
    const age = (AS_OF - rec.issued) / 365; // about one to two years
    const lean = /** @type {Record<Status, number>} */ ({
      implemented: age,
      not_implemented: age,
      partially_implemented: 1,
      in_progress: 1,
      rejected: 1,
      withdrawn: 1,
      accepted: 1 / age,
      issued: 1 / (age * age),
    });
    const entries = /** @type {Status[]} */ (Object.keys(left)).map((s) => /** @type {const} */ ([s, left[s] * lean[s]]));
    const status = rng.weighted(entries);
    left[status]--;
    statuses.set(rec, status);
  }
  return statuses;
}

/**
 * A history that reaches `status` by the as-of day; some continue after it (so a later report
 * reads a higher implementation rate).
 * @param {Random} rng
 * @param {Rec} rec
 * @param {Status} status
 * @returns {Change[]}
 */
function buildHistory(rng, rec, status) {
  const closedOn = rec.facility?.closedOn ?? null;
  if (status === "withdrawn" && closedOn !== null && inPeriod(closedOn)) {
    return [{ status, on: Math.max(rec.issued, closedOn + rng.int(0, 20)) }];
  }
  const path = rng.weighted(PATHS[status]);
  const days = distinctSortedDays(rng, Math.min(rec.issued + rng.int(5, 45), AS_OF), AS_OF, path.length);
  /** @type {Change[]} */
  const history = path.map((s, i) => ({ status: s, on: at(days, i) }));
  if ((status === "accepted" || status === "in_progress" || status === "partially_implemented") && rng.chance(0.2)) {
    history.push({ status: "implemented", on: AS_OF + rng.int(20, 320) });
  } else if (status === "issued" && rng.chance(0.15)) {
    history.push({ status: "accepted", on: AS_OF + rng.int(5, 90) });
  }
  return history;
}

/**
 * `count` distinct days: the first is `first`, the rest drawn in (first, last].
 * @param {Random} rng
 * @param {number} first
 * @param {number} last
 * @param {number} count
 */
function distinctSortedDays(rng, first, last, count) {
  if (count === 0) return [];
  /** @type {Set<number>} */
  const rest = new Set();
  while (rest.size < Math.min(count - 1, last - first)) rest.add(rng.int(first + 1, last));
  return [first, ...[...rest].sort((a, b) => a - b)];
}

// ----- escalations and repeats -----

/** Not implemented (yet) and still open to action. */
const OPEN = new Set(["issued", "accepted", "in_progress", "partially_implemented", "not_implemented"]);

/**
 * Each individualized recommendation cites overdue, unimplemented ones addressed to the same agency.
 * @param {Random} rng
 * @param {readonly Rec[]} recs
 */
function linkEscalations(rng, recs) {
  /** @type {Set<Rec>} */
  const used = new Set();
  for (const rec of recs.filter((r) => r.visit === null)) {
    const candidates = recs.filter(
      (r) =>
        r.visit !== null &&
        r.addressee === rec.addressee &&
        !used.has(r) &&
        r.issued <= rec.issued - 90 &&
        r.due !== null &&
        r.due < rec.issued &&
        OPEN.has(statusAt(r, rec.issued)),
    );
    rec.escalates = rng
      .shuffle(candidates)
      .slice(0, rng.int(3, 6))
      .sort((a, b) => a.seq - b.seq);
    if (rec.escalates.length === 0) throw new Error(`nothing to escalate to ${rec.addressee}`);
    for (const r of rec.escalates) used.add(r);
    /** @type {Theme[]} */
    const themes = [];
    for (const r of rec.escalates) if (themes.length < 3 && !themes.includes(at(r.themes, 0))) themes.push(at(r.themes, 0));
    rec.themes = themes;
    rec.text = `Ensure that subordinate institutions implement the outstanding recommendations on ${joinLabels(themes)}.`;
  }
}

/** @param {readonly Theme[]} themes */
function joinLabels(themes) {
  const labels = themes.map((t) => THEME_LABELS[t]);
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

/**
 * A revisit repeats a handful of earlier recommendations to the same place that were still not
 * implemented, follow-up visits first.
 * @param {Random} rng
 * @param {readonly Rec[]} recs
 */
function linkRepeats(rng, recs) {
  /** @type {Map<Facility, Rec[]>} */
  const byFacility = new Map();
  for (const rec of recs) {
    if (rec.facility !== null) byFacility.set(rec.facility, [...(byFacility.get(rec.facility) ?? []), rec]);
  }
  const revisits = rng
    .shuffle(recs.filter((r) => r.visit !== null && r.visit.type !== "periodic"))
    .sort((a, b) => Number(b.visit?.type === "intermediate") - Number(a.visit?.type === "intermediate"));
  /** @type {Set<Rec>} */
  const used = new Set();
  /** @type {Set<Visit>} */
  const visitsUsed = new Set();
  let made = 0;
  for (const rec of revisits) {
    if (made === REPEATED_RECOMMENDATIONS || rec.facility === null || rec.visit === null || visitsUsed.has(rec.visit)) continue;
    const start = rec.visit.start;
    const earlier = (byFacility.get(rec.facility) ?? []).filter(
      (r) =>
        r.visit !== null && r.visit.start < start && r.issued < rec.issued && r.repeatOf === null && !used.has(r) && OPEN.has(statusAt(r, rec.issued)),
    );
    if (earlier.length === 0) continue;
    const original = rng.pick(earlier);
    const shared = at(original.themes, 0);
    rec.themes = [shared, ...rec.themes.filter((t) => t !== shared)].slice(0, 3);
    rec.text = `Repeated: ${original.text}`;
    rec.repeatOf = original;
    used.add(original);
    visitsUsed.add(rec.visit);
    made++;
  }
}

/**
 * @param {Random} rng
 * @param {readonly Visit[]} visits
 * @returns {Rec[]} sorted by issue date, numbered
 */
function issueRecommendations(rng, visits) {
  const recs = draftRecommendations(rng, planSlots(rng, visits));
  const statuses = allocateStatuses(
    rng,
    recs.filter((r) => inPeriod(r.issued)),
  );
  for (const rec of recs) rec.history = buildHistory(rng, rec, statuses.get(rec) ?? rng.weighted(OUTSIDE_MIX));
  linkRepeats(rng, recs);
  linkEscalations(rng, recs);
  const sorted = recs.slice().sort((a, b) => a.issued - b.issued || a.seq - b.seq);
  sorted.forEach((r, i) => (r.id = `R-${String(i + 1).padStart(5, "0")}`));
  return sorted;
}

// ---------------------------------------------------------------------------------------------
// Accountability
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {object} Action
 * @property {string} id
 * @property {number} seq
 * @property {number} decidedOn
 * @property {"commissioner_office" | "npm_participant"} initiator
 * @property {"disciplinary" | "administrative" | "criminal"} measure
 * @property {number} officials
 * @property {Visit | null} visit
 * @property {Facility | null} facility
 * @property {Agency | null} agency
 */

/**
 * Decisions until the officials held liable add up to the published totals; most concern one
 * official. The Commissioner's representatives act on many sources, participants on their visits.
 * @param {Random} rng
 * @param {readonly Visit[]} visits
 * @returns {Action[]}
 */
function decideAccountability(rng, visits) {
  const linkable = visits.filter((v) => inPeriod(v.start) && v.start <= toDay("2023-11-15"));
  const workdays = daysBetween(toDay("2023-01-10"), toDay("2023-12-29")).filter(isWorkday);
  /** @type {Action[]} */
  const actions = [];
  /** @type {[Action["initiator"], number, number][]} initiator, officials, share linked to a visit */
  const plan = [
    ["commissioner_office", REPORTED.officials.commissioner_office, 0.45],
    ["npm_participant", REPORTED.officials.npm_participant, 0.8],
  ];
  for (const [initiator, total, linkedShare] of plan) {
    for (let left = total; left > 0; ) {
      /** @type {Action["measure"]} */
      const measure = rng.weighted([["disciplinary", 78], ["administrative", 17], ["criminal", 5]]);
      const drawn = rng.weighted([[1, 60], [2, 20], [3, 10], [4, 6], [5, 4]]);
      const officials = Math.min(left, measure === "criminal" ? Math.min(drawn, 2) : drawn);
      left -= officials;
      const action = { id: "", seq: actions.length, initiator, measure, officials };
      const link = rng.next();
      if (link < linkedShare) {
        const visit = rng.pick(linkable);
        const facility = rng.pick(visit.facilities);
        const decidedOn = Math.min(visit.start + rng.int(14, 60), toDay("2023-12-29"));
        actions.push({ ...action, decidedOn, visit, facility, agency: facility.agency });
      } else {
        const agency = link < linkedShare + (1 - linkedShare) / 2 ? rng.weighted(AGENCY_SHARES) : null;
        actions.push({ ...action, decidedOn: rng.pick(workdays), visit: null, facility: null, agency });
      }
    }
  }
  // Decisions outside 2023, not counted: one in December 2022, two early in 2024.
  const lastYearVisit = visits.find((v) => v.start < PERIOD_FROM);
  const nextYearSpecial = visits.find((v) => v.start > PERIOD_TO && v.type === "special");
  if (lastYearVisit === undefined || nextYearSpecial === undefined) throw new Error("outside visits missing");
  const lastYearFacility = at(lastYearVisit.facilities, 0);
  const nextYearFacility = at(nextYearSpecial.facilities, 0);
  actions.push(
    { id: "", seq: actions.length, decidedOn: toDay("2022-12-27"), initiator: "commissioner_office", measure: "disciplinary", officials: 2, visit: lastYearVisit, facility: lastYearFacility, agency: lastYearFacility.agency },
    { id: "", seq: actions.length + 1, decidedOn: toDay("2024-01-19"), initiator: "commissioner_office", measure: "administrative", officials: 3, visit: null, facility: null, agency: "interior" },
    { id: "", seq: actions.length + 2, decidedOn: toDay("2024-02-08"), initiator: "npm_participant", measure: "disciplinary", officials: 1, visit: nextYearSpecial, facility: nextYearFacility, agency: nextYearFacility.agency },
  );
  const sorted = actions.slice().sort((a, b) => a.decidedOn - b.decidedOn || a.seq - b.seq);
  sorted.forEach((a, i) => (a.id = `A-${String(i + 1).padStart(3, "0")}`));
  return sorted;
}

/** @type {readonly (readonly [Agency, number])[]} */
const AGENCY_SHARES = [
  ["interior", 80],
  ["education", 6],
  ["labour_social_protection", 6],
  ["health", 5],
  ["defence", 2],
  ["national_security", 1],
];

// ---------------------------------------------------------------------------------------------
// The dataset in the contract's shape
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {object} DatasetJson
 * @property {"opcat-npm/dataset@1"} format
 * @property {"kz"} profile
 * @property {{ from: string, to: string }} period
 * @property {object[]} facilities
 * @property {object[]} visits
 * @property {object[]} recommendations
 * @property {object[]} accountability
 * @property {typeof REPORTED} reported
 */

/** @param {Facility} f */
function facilityJson(f) {
  return {
    id: f.id,
    name: f.name,
    type: f.type,
    agency: f.agency,
    region: f.region.code,
    ...(f.capacity === null ? {} : { capacity: f.capacity }),
    openedOn: f.openedOn === null ? null : toDate(f.openedOn),
    closedOn: f.closedOn === null ? null : toDate(f.closedOn),
  };
}

/** @param {Visit} v */
function visitJson(v) {
  return {
    id: v.id,
    type: v.type,
    startedOn: toDate(v.start),
    ...(v.end === null ? {} : { endedOn: toDate(v.end) }),
    facilityIds: v.facilities.map((f) => f.id),
    followUpOf: v.followUpOf?.id ?? null,
    trigger: v.trigger === null ? null : { kind: v.trigger.kind, receivedOn: toDate(v.trigger.receivedOn) },
    announced: false,
    teamSize: v.teamSize,
  };
}

/** @param {Rec} r */
function recommendationJson(r) {
  return {
    id: r.id,
    ...(r.visit === null ? {} : { visitId: r.visit.id }),
    ...(r.facility === null ? {} : { facilityId: r.facility.id }),
    addressee: r.addressee,
    level: r.visit === null ? "agency" : "facility",
    themes: r.themes,
    text: r.text,
    issuedOn: toDate(r.issued),
    ...(r.due === null ? {} : { dueOn: toDate(r.due) }),
    escalates: r.escalates.map((e) => e.id),
    repeatOf: r.repeatOf?.id ?? null,
    history: r.history.map((c) => ({ status: c.status, on: toDate(c.on) })),
  };
}

/** @param {Action} a */
function actionJson(a) {
  return {
    id: a.id,
    decidedOn: toDate(a.decidedOn),
    initiator: a.initiator,
    measure: a.measure,
    officials: a.officials,
    ...(a.visit === null ? {} : { visitId: a.visit.id }),
    ...(a.facility === null ? {} : { facilityId: a.facility.id }),
    ...(a.agency === null ? {} : { agency: a.agency }),
  };
}

/**
 * The 2023 example dataset. Same seed, same output, in any time zone.
 * @returns {DatasetJson}
 */
export function generateKz2023() {
  const rng = new Random(SEED);
  const register = buildRegister(rng);
  const visits = planVisits(rng, register);
  const recs = issueRecommendations(rng, visits);
  const actions = decideAccountability(rng, visits);
  checkHeadlines(visits, recs, actions);
  return {
    format: "opcat-npm/dataset@1",
    profile: "kz",
    period: { from: toDate(PERIOD_FROM), to: toDate(PERIOD_TO) },
    facilities: register.facilities.map(facilityJson),
    visits: visits.map(visitJson),
    recommendations: recs.map(recommendationJson),
    accountability: actions.map(actionJson),
    reported: REPORTED,
  };
}

/**
 * Fails loudly if a change to the generator breaks a published figure (the tests recompute them all).
 * @param {readonly Visit[]} visits
 * @param {readonly Rec[]} recs
 * @param {readonly Action[]} actions
 */
function checkHeadlines(visits, recs, actions) {
  const counted = visits.filter((v) => inPeriod(v.start));
  const monitored = new Set(counted.flatMap((v) => v.facilities));
  const issued = recs.filter((r) => inPeriod(r.issued));
  const implemented = issued.filter((r) => statusAt(r, AS_OF) === "implemented");
  const officials = (/** @type {string} */ who) =>
    actions.filter((a) => a.initiator === who && inPeriod(a.decidedOn)).reduce((sum, a) => sum + a.officials, 0);
  const got = [counted.length, counted.filter((v) => v.type === "periodic").length, counted.filter((v) => v.type === "special").length, monitored.size, issued.length, implemented.length, officials("commissioner_office"), officials("npm_participant")];
  const want = [461, 422, 33, 474, RECOMMENDATIONS_2023, STATUS_QUOTA.implemented, 258, 17];
  if (got.join() !== want.join()) throw new Error(`headline figures ${got.join()} differ from ${want.join()}`);
}

// Run directly: write the JSON next to this script; with --check, only compare (exit 1 if stale).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = generateKz2023();
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const target = new URL("./data/kz-2023.json", import.meta.url);
  if (process.argv.includes("--check")) {
    const committed = existsSync(target) ? readFileSync(target, "utf8") : "";
    if (committed !== json) {
      process.stderr.write("examples/data/kz-2023.json is stale: run node examples/generate-kz-2023.mjs\n");
      process.exitCode = 1;
    }
  } else {
    mkdirSync(new URL("./data/", import.meta.url), { recursive: true });
    writeFileSync(target, json);
    process.stdout.write(
      `examples/data/kz-2023.json: ${data.facilities.length} facilities, ${data.visits.length} visits, ` +
        `${data.recommendations.length} recommendations, ${data.accountability.length} accountability actions\n`,
    );
  }
}
