// @ts-check
// A seeded generator of national-to-multi-year scale data in the contract
// `opcat-npm/dataset@1`, profile `kz` (DESIGN §2–§3): by default 50,000 facilities,
// 150,000 visits over 2021–2025, 1,000,000 recommendations and 20,000 accountability
// actions. With `errorRate` > 0 it injects a known number of each kind of error of the
// validator's catalogue (DESIGN §5) and says how many issues of each code to expect.
//
// Deterministic for a seed: no Math.random, no clock, no local time. Civil dates come from a
// table of strings indexed by day number (days since 1970-01-01), built once with Date.UTC
// and UTC getters. The library is not imported: records are plain objects typed locally.

/**
 * @typedef {{ id: string, name: string, type: string, agency: string, region: string,
 *   capacity: number | null, openedOn: string | null, closedOn: string | null }} NationalFacility
 * @typedef {{ kind: string, receivedOn: string }} NationalTrigger
 * @typedef {{ id: string, type: string, startedOn: string, endedOn: string | null, facilityIds: string[],
 *   followUpOf: string | null, trigger: NationalTrigger | null, announced: boolean, teamSize: number | null }} NationalVisit
 * @typedef {{ status: string, on: string }} NationalStatusChange
 * @typedef {{ id: string, visitId?: string, facilityId?: string, addressee: string, level: "facility" | "agency",
 *   themes: string[], text: string | null, issuedOn: string, dueOn: string | null, escalates?: string[],
 *   repeatOf?: string | null, history: NationalStatusChange[] }} NationalRecommendation
 * @typedef {{ id: string, decidedOn: string, initiator: string, measure: string, officials: number,
 *   visitId: string | null, facilityId: string | null, agency: string | null }} NationalAccountabilityAction
 * @typedef {{ format: "opcat-npm/dataset@1", profile: "kz", period: { from: string, to: string },
 *   facilities: NationalFacility[], visits: NationalVisit[], recommendations: NationalRecommendation[],
 *   accountability: NationalAccountabilityAction[] }} NationalDataset
 * @typedef {{ seed?: number, facilities?: number, visits?: number, recommendations?: number,
 *   accountability?: number, errorRate?: number }} NationalDataOptions
 * @typedef {typeof INJECTABLE_CODES[number]} InjectedCode
 * @typedef {Record<InjectedCode, number>} InjectedCounts
 * @typedef {{ dataset: NationalDataset, injected: InjectedCounts, asOf: string }} NationalData
 */

// ---------------------------------------------------------------------------------------------
// The kz profile's code lists, with weights for realistic shares
// ---------------------------------------------------------------------------------------------

const AGENCIES = ["interior", "national_security", "defence", "health", "education", "labour_social_protection", "local_executive", "other"];

/** [code, default agency, share of the register, relative visit frequency, capacity min, max, name] */
const FACILITY_TYPES = /** @type {const} */ ([
  ["penal_colony", "interior", 60, 3, 300, 1500, "Penal colony"],
  ["pretrial_detention_centre", "interior", 25, 3, 200, 1200, "Pre-trial detention centre"],
  ["temporary_detention_facility", "interior", 120, 2, 10, 80, "Temporary detention facility"],
  ["special_reception_centre", "interior", 40, 1.5, 10, 60, "Special reception centre"],
  ["special_centre_foreigners", "interior", 8, 1, 10, 80, "Special centre for foreigners"],
  ["reception_distribution_centre", "interior", 12, 1, 10, 60, "Reception and distribution centre"],
  ["police_unit", "interior", 250, 1, 0, 20, "Police unit"],
  ["nsc_detention_facility", "national_security", 10, 1, 5, 50, "NSC detention facility"],
  ["military_guardhouse", "defence", 40, 0.7, 5, 40, "Military guardhouse"],
  ["psychiatric_institution", "health", 45, 1.5, 50, 600, "Psychiatric hospital"],
  ["narcological_institution", "health", 35, 1, 30, 300, "Narcological centre"],
  ["childrens_home", "education", 120, 1, 20, 200, "Children's home"],
  ["special_educational_organization", "education", 15, 1.5, 20, 150, "Special educational organisation"],
  ["juvenile_adaptation_centre", "education", 25, 1, 10, 60, "Juvenile adaptation centre"],
  ["social_care_institution", "labour_social_protection", 180, 1, 30, 500, "Medical and social care institution"],
  ["other", "other", 15, 0.5, 5, 100, "Other place of detention"],
]);

/** [ISO 3166-2:KZ code, name, weight (roughly the population share)] */
const REGIONS = /** @type {const} */ ([
  ["KZ-10", "Abai Region", 6], ["KZ-11", "Akmola Region", 7], ["KZ-15", "Aktobe Region", 9],
  ["KZ-19", "Almaty Region", 14], ["KZ-23", "Atyrau Region", 7], ["KZ-27", "West Kazakhstan Region", 6],
  ["KZ-31", "Zhambyl Region", 12], ["KZ-33", "Jetisu Region", 7], ["KZ-35", "Karaganda Region", 11],
  ["KZ-39", "Kostanay Region", 8], ["KZ-43", "Kyzylorda Region", 8], ["KZ-47", "Mangystau Region", 8],
  ["KZ-55", "Pavlodar Region", 7], ["KZ-59", "North Kazakhstan Region", 5], ["KZ-61", "Turkistan Region", 21],
  ["KZ-62", "Ulytau Region", 2], ["KZ-63", "East Kazakhstan Region", 7], ["KZ-71", "Astana", 14],
  ["KZ-75", "Almaty", 22], ["KZ-79", "Shymkent", 12],
]);

/** [theme, weight, a recommendation's text on it (no digits, no "@": nothing personal)] */
const THEMES = /** @type {const} */ ([
  ["detention_conditions", 18, "Repair the ventilation and the lighting in the cells."],
  ["procurement", 14, "Procure bedding, mattresses and hygiene kits for every detainee."],
  ["legal_awareness", 10, "Train the staff on the rights of persons deprived of liberty."],
  ["medical_care", 14, "Ensure a medical examination on admission and regular access to a doctor."],
  ["sanitation", 12, "Bring the toilets and showers up to the sanitary standards."],
  ["food", 6, "Serve hot meals that meet the dietary norms, including special diets."],
  ["safeguards", 6, "Notify a lawyer and the relatives promptly after detention and record it."],
  ["ill_treatment", 4, "Install video surveillance in the corridors and interview rooms."],
  ["contact_with_outside_world", 4, "Allow regular telephone calls and visits from relatives."],
  ["complaints", 3, "Place locked boxes for confidential complaints in every unit."],
  ["staffing", 4, "Fill the vacant posts and train the staff in de-escalation."],
  ["documentation", 3, "Keep the register of detainees complete and legible."],
  ["accessibility", 2, "Install ramps and handrails for people with disabilities."],
  ["activities", 3, "Organise daily outdoor exercise, education and work."],
  ["other", 1, "Review the internal regulations against the national standards."],
]);

const ESCALATION_TEXT = "Individualized recommendation: ensure that the recommendations cited are implemented.";

/** Status paths (history without dates) and their weights: about 40 % end implemented. */
const STATUS_PATHS = /** @type {const} */ ([
  [[], 12],
  [["accepted"], 8],
  [["accepted", "in_progress"], 12],
  [["accepted", "implemented"], 19],
  [["accepted", "in_progress", "implemented"], 18],
  [["accepted", "partially_implemented"], 6],
  [["accepted", "in_progress", "partially_implemented"], 4],
  [["accepted", "in_progress", "partially_implemented", "implemented"], 6],
  [["accepted", "in_progress", "not_implemented"], 8],
  [["not_implemented"], 4],
  [["rejected"], 5],
  [["accepted", "withdrawn"], 2],
  [["withdrawn"], 1],
]);
// Final statuses an agency-level recommendation escalates (not yet implemented, not closed).
const ESCALATABLE = new Set(["issued", "accepted", "in_progress", "partially_implemented", "not_implemented"]);

const TRIGGER_KINDS = /** @type {const} */ ([["complaint", 60], ["media", 15], ["incident", 20], ["other", 5]]);
const MEASURES = /** @type {const} */ ([["disciplinary", 78], ["administrative", 17], ["criminal", 5]]);
const DUE_AFTER_DAYS = [30, 60, 90, 90, 180, 365];
const IMPOSSIBLE_DATES = ["2023-02-30", "2022-04-31", "2021-13-01", "2024-02-30", "2023-02-29", "2025-06-31", "2022-00-10"];

/**
 * The issue codes the generator can inject, in the order of the catalogue (DESIGN §5).
 * `injected[code]` is the number of issues with that code the validator should report.
 */
export const INJECTABLE_CODES = /** @type {const} */ ([
  "schema.invalid_type",
  "schema.required",
  "schema.invalid_date",
  "schema.unknown_code",
  "schema.invalid_value",
  "schema.too_small",
  "schema.unknown_key",
  "ref.duplicate_id",
  "ref.unknown_facility",
  "ref.unknown_visit",
  "ref.unknown_recommendation",
  "ref.facility_not_in_visit",
  "date.end_before_start",
  "date.due_before_issue",
  "date.history_order",
  "date.issue_before_visit",
  "date.outside_period",
  "date.facility_closed",
  "date.closed_before_opened",
  "visit.follow_up_missing",
  "visit.follow_up_order",
  "visit.trigger_missing",
  "visit.trigger_after_start",
  "visit.team_too_small",
  "rec.addressee_mismatch",
  "rec.escalation_target",
  "privacy.personal_identifier",
]);

// ---------------------------------------------------------------------------------------------
// Random numbers and civil dates
// ---------------------------------------------------------------------------------------------

/**
 * sfc32 (Chris Doty-Humphrey's small fast counter), its state spread from the seed by
 * splitmix32. Returns floats in [0, 1).
 * @param {number} seed
 */
function createRandom(seed) {
  let s = (seed >>> 0) ^ Math.imul(Math.floor(seed / 4294967296) | 0, 0x9e3779b1);
  const split = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

const DAY_MS = 86_400_000;
/** @param {number} year @param {number} month 1–12 @param {number} day */
const dayNumber = (year, month, day) => Date.UTC(year, month - 1, day) / DAY_MS;

const TABLE_FIRST_DAY = dayNumber(1960, 1, 1);
const TABLE_LAST_DAY = dayNumber(2027, 12, 31);
const PERIOD_FROM = dayNumber(2021, 1, 1);
const PERIOD_TO = dayNumber(2025, 12, 31);
/** The day the data were extracted: every visit, issue, status and decision date is on or before it. */
const AS_OF = dayNumber(2026, 3, 31);
const OPENED_FROM = dayNumber(1960, 1, 1);
const OPENED_TO = dayNumber(2018, 12, 31);
const YEAR_2020 = dayNumber(2020, 1, 1);

/** @type {string[] | undefined} */
let dateTable;

/** Civil date strings `YYYY-MM-DD` for every day of the table, built once. */
function civilDates() {
  if (dateTable !== undefined) return dateTable;
  const table = new Array(TABLE_LAST_DAY - TABLE_FIRST_DAY + 1);
  for (let day = TABLE_FIRST_DAY; day <= TABLE_LAST_DAY; day++) {
    const moment = new Date(day * DAY_MS);
    const month = moment.getUTCMonth() + 1;
    const date = moment.getUTCDate();
    table[day - TABLE_FIRST_DAY] = `${String(moment.getUTCFullYear())}-${month < 10 ? "0" : ""}${String(month)}-${date < 10 ? "0" : ""}${String(date)}`;
  }
  dateTable = table;
  return table;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). @param {number} day */
const weekday = (day) => (((day + 4) % 7) + 7) % 7;

// ---------------------------------------------------------------------------------------------
// Small helpers (no per-record closures: these are created once per call)
// ---------------------------------------------------------------------------------------------

/**
 * The element at `index`, known to exist.
 * @template T
 * @param {readonly T[]} list
 * @param {number} index
 * @returns {T}
 */
function at(list, index) {
  const value = list[index];
  if (value === undefined) throw new RangeError(`no element at ${String(index)}`);
  return value;
}

/** Cumulative weights of a table whose rows hold their weight at `column`. @param {readonly (readonly unknown[])[]} rows @param {number} column */
function cumulative(rows, column) {
  const sums = new Float64Array(rows.length);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    total += Number(at(rows, i)[column]);
    sums[i] = total;
  }
  return sums;
}

/** The index whose cumulative weight first exceeds `u` × total (binary search). @param {Float64Array} sums @param {number} u */
function weightedIndex(sums, u) {
  const target = u * (sums[sums.length - 1] ?? 0);
  let low = 0;
  let high = sums.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sums[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Zero-padded ids that sort in generation order. @param {string} prefix @param {number} count */
function idMaker(prefix, count) {
  const width = Math.max(4, String(Math.max(0, count - 1)).length);
  return (/** @type {number} */ index) => prefix + String(index).padStart(width, "0");
}

/** @param {unknown} value @param {string} name */
function checkCount(value, name) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${String(value)}`);
  return value;
}

/** A record seen as a bag of fields, so that an injection can break its shape. @param {object} record */
const loose = (record) => /** @type {Record<string, unknown>} */ (record);

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

/**
 * Generates a dataset in the contract `opcat-npm/dataset@1` (profile `kz`), period 2021–2025.
 * The same options give the same dataset, byte for byte, on any machine and in any time zone.
 *
 * With `errorRate` > 0, each kind of error is injected into
 * `max(1, round(errorRate × size of the collection it goes into))` records (fewer only when
 * too few records fit, e.g. no intermediate visit), at most one error per record, chosen so
 * that each gives exactly one issue: `injected[code]` is then the number of issues with that
 * code that `validateDataset` (default options) must report, and no other issue is expected.
 * One exception, counted: closing a facility before its visits gives one
 * `date.facility_closed` per visit of it. With `errorRate` 0 the dataset is valid with no
 * issue at all, warnings included, also with `asOf` (returned) as the validator's option.
 *
 * @param {NationalDataOptions} [options]
 * @returns {NationalData}
 */
export function generateNationalData(options = {}) {
  const seed = options.seed ?? 2023;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${String(seed)}`);
  const facilityCount = checkCount(options.facilities ?? 50_000, "facilities");
  const visitCount = checkCount(options.visits ?? 150_000, "visits");
  const recommendationCount = checkCount(options.recommendations ?? 1_000_000, "recommendations");
  const actionCount = checkCount(options.accountability ?? 20_000, "accountability");
  const errorRate = options.errorRate ?? 0;
  if (!(errorRate >= 0 && errorRate <= 0.01)) throw new RangeError(`errorRate must be between 0 and 0.01, got ${String(errorRate)}`);
  if (visitCount > 0 && facilityCount === 0) throw new RangeError("visits need facilities");
  if (recommendationCount > 0 && visitCount === 0) throw new RangeError("recommendations need visits");

  const random = createRandom(seed);
  const pick = (/** @type {number} */ n) => Math.floor(random() * n);
  const dates = civilDates();
  const dateOf = (/** @type {number} */ day) => at(dates, day - TABLE_FIRST_DAY);

  // --- Facilities -------------------------------------------------------------------------------
  const typeSums = cumulative(FACILITY_TYPES, 2);
  const regionSums = cumulative(REGIONS, 2);
  const facilityId = idMaker("F-", facilityCount);
  const facilityType = new Uint8Array(facilityCount);
  const facilityRegion = new Uint8Array(facilityCount);
  const facilityAgency = new Uint8Array(facilityCount);
  const visitWeights = new Float64Array(facilityCount);
  const numberInRegion = new Int32Array(FACILITY_TYPES.length * REGIONS.length);
  /** @type {NationalFacility[]} */
  const facilities = new Array(facilityCount);
  let weightTotal = 0;
  for (let i = 0; i < facilityCount; i++) {
    const t = weightedIndex(typeSums, random());
    const r = weightedIndex(regionSums, random());
    const type = at(FACILITY_TYPES, t);
    const region = at(REGIONS, r);
    /** @type {string} */
    let agency = type[1];
    // Akimats run some social-care homes; "other" places belong to various bodies.
    if (type[0] === "social_care_institution" && random() < 0.05) agency = "local_executive";
    else if (type[0] === "other" && random() < 0.5) agency = "local_executive";
    const slot = t * REGIONS.length + r;
    const number = (numberInRegion[slot] ?? 0) + 1;
    numberInRegion[slot] = number;
    facilityType[i] = t;
    facilityRegion[i] = r;
    facilityAgency[i] = AGENCIES.indexOf(agency);
    weightTotal += type[3];
    visitWeights[i] = weightTotal;
    facilities[i] = {
      id: facilityId(i),
      name: `${type[6]} No. ${String(number)}, ${region[1]}`,
      type: type[0],
      agency,
      region: region[0],
      capacity: random() < 0.08 ? null : type[4] + pick(type[5] - type[4] + 1),
      openedOn: random() < 0.3 ? null : dateOf(OPENED_FROM + pick(OPENED_TO - OPENED_FROM + 1)),
      closedOn: null,
    };
  }
  // Facilities by region (a counting sort): visits to several facilities stay in one region.
  const regionStart = new Int32Array(REGIONS.length + 1);
  for (let i = 0; i < facilityCount; i++) {
    const slot = (facilityRegion[i] ?? 0) + 1;
    regionStart[slot] = (regionStart[slot] ?? 0) + 1;
  }
  for (let r = 0; r < REGIONS.length; r++) regionStart[r + 1] = (regionStart[r + 1] ?? 0) + (regionStart[r] ?? 0);
  const regionFill = regionStart.slice(0, REGIONS.length);
  const byRegion = new Int32Array(facilityCount);
  for (let i = 0; i < facilityCount; i++) {
    const region = facilityRegion[i] ?? 0;
    const position = regionFill[region] ?? 0;
    byRegion[position] = i;
    regionFill[region] = position + 1;
  }

  // --- Visits -----------------------------------------------------------------------------------
  const visitId = idMaker("V-", visitCount);
  const visitDay = new Int32Array(visitCount);
  const visitFacilities = new Int32Array(visitCount * 3);
  const visitFacilityCount = new Uint8Array(visitCount);
  const visitIsSpecial = new Uint8Array(visitCount);
  const visitReferenced = new Uint8Array(visitCount);
  const lastVisitOf = new Int32Array(facilityCount).fill(-1);
  const visitsOfFacility = new Int32Array(facilityCount);
  const triggerSums = cumulative(TRIGGER_KINDS, 1);
  const span = PERIOD_TO - PERIOD_FROM + 1;
  /** @type {NationalVisit[]} */
  const visits = new Array(visitCount);
  for (let i = 0; i < visitCount; i++) {
    let day = PERIOD_FROM + Math.floor((i * span) / visitCount);
    const first = weightedIndex(visitWeights, random());
    const roll = random();
    const previous = lastVisitOf[first] ?? -1;
    let type = "periodic";
    if (roll < 0.035 && previous >= 0 && (visitDay[previous] ?? 0) + 14 <= day) type = "intermediate";
    else if (roll >= 0.035 && roll < 0.11) type = "special";
    // Planned and follow-up visits on working days; special visits whenever needed.
    if (type !== "special") {
      const w = weekday(day);
      if (w === 6) day = day + 2 > PERIOD_TO ? day - 1 : day + 2;
      else if (w === 0) day = day + 1 > PERIOD_TO ? day - 2 : day + 1;
    }
    visitDay[i] = day;
    const base = i * 3;
    visitFacilities[base] = first;
    let covered = 1;
    if (type !== "intermediate") {
      const extra = random();
      const wanted = extra < 0.75 ? 1 : extra < 0.95 ? 2 : 3;
      const region = facilityRegion[first] ?? 0;
      const from = regionStart[region] ?? 0;
      const size = (regionStart[region + 1] ?? 0) - from;
      for (let attempt = 0; covered < wanted && attempt < 6; attempt++) {
        const candidate = byRegion[from + pick(size)] ?? first;
        let seen = false;
        for (let k = 0; k < covered; k++) if (visitFacilities[base + k] === candidate) seen = true;
        if (!seen) visitFacilities[base + covered++] = candidate;
      }
    }
    visitFacilityCount[i] = covered;
    const facilityIds = new Array(covered);
    for (let k = 0; k < covered; k++) {
      const f = visitFacilities[base + k] ?? 0;
      facilityIds[k] = at(facilities, f).id;
      lastVisitOf[f] = i;
      visitsOfFacility[f] = (visitsOfFacility[f] ?? 0) + 1;
    }
    let endedOn = null;
    const length = random();
    if (length >= 0.04) endedOn = dateOf(Math.min(PERIOD_TO, day + (length < 0.6 ? 0 : length < 0.9 ? 1 : 2)));
    /** @type {NationalTrigger | null} */
    let trigger = null;
    let followUpOf = null;
    if (type === "special") {
      visitIsSpecial[i] = 1;
      trigger = { kind: at(TRIGGER_KINDS, weightedIndex(triggerSums, random()))[0], receivedOn: dateOf(day - pick(8)) };
    } else if (type === "intermediate") {
      followUpOf = at(visits, previous).id;
      visitReferenced[previous] = 1;
    }
    visits[i] = {
      id: visitId(i),
      type,
      startedOn: dateOf(day),
      endedOn,
      facilityIds,
      followUpOf,
      trigger,
      announced: type === "periodic" ? random() < 0.05 : type === "intermediate" && random() < 0.1,
      teamSize: random() < 0.03 ? null : 3 + pick(5),
    };
  }
  // A few facilities closed after their last visit (or, never visited, at some time in the period).
  for (let f = 0; f < facilityCount; f++) {
    if (random() >= 0.01) continue;
    const last = lastVisitOf[f] ?? -1;
    const closedDay = last >= 0 ? (visitDay[last] ?? 0) + 30 + pick(300) : PERIOD_FROM + pick(span);
    if (closedDay <= AS_OF) at(facilities, f).closedOn = dateOf(closedDay);
  }

  // --- Recommendations --------------------------------------------------------------------------
  const agencyLevelCount = recommendationCount >= 20 ? Math.max(1, Math.round(recommendationCount * 0.005)) : 0;
  const facilityLevelCount = recommendationCount - agencyLevelCount;
  // About one visit in ten ends with no recommendation; the others share them at random.
  const perVisit = new Int32Array(visitCount);
  const productive = new Uint8Array(visitCount);
  let productiveCount = 0;
  for (let v = 0; v < visitCount; v++) if (random() < 0.9) { productive[v] = 1; productiveCount++; }
  if (productiveCount === 0) productive.fill(1);
  for (let k = 0; k < facilityLevelCount; k++) {
    let v = pick(visitCount);
    while (productive[v] === 0) v = pick(visitCount);
    perVisit[v] = (perVisit[v] ?? 0) + 1;
  }
  const recommendationId = idMaker("R-", recommendationCount);
  const themeSums = cumulative(THEMES, 1);
  const pathSums = cumulative(STATUS_PATHS, 1);
  const recAgency = new Uint8Array(recommendationCount);
  const recIssueDay = new Int32Array(recommendationCount);
  const recVisit = new Int32Array(recommendationCount).fill(-1);
  const recFinalOpen = new Uint8Array(recommendationCount); // 1 when its last status may be escalated
  const recReferenced = new Uint8Array(recommendationCount);
  const lastRecOf = new Int32Array(facilityCount).fill(-1);
  /** @type {NationalRecommendation[]} */
  const recommendations = new Array(recommendationCount);
  /** @type {number[]} */
  const themeScratch = [];
  /** @type {number[]} */
  const targets = [];
  let r = 0;
  let agencyEmitted = 0;

  /** History along a weighted status path, from `issueDay`, cut at the extraction day. @param {number} issueDay */
  const history = (issueDay) => {
    const path = at(STATUS_PATHS, weightedIndex(pathSums, random()))[0];
    /** @type {NationalStatusChange[]} */
    const changes = [];
    let day = issueDay;
    for (let k = 0; k < path.length; k++) {
      day += 7 + pick(k === 0 ? 45 : 150);
      if (day > AS_OF) break;
      changes.push({ status: at(path, k), on: dateOf(day) });
    }
    return changes;
  };
  /** 1–3 distinct themes, the most frequent first more often. */
  const themes = () => {
    const wanted = random() < 0.55 ? 1 : random() < 0.75 ? 2 : 3;
    themeScratch.length = 0;
    for (let attempt = 0; themeScratch.length < wanted && attempt < 8; attempt++) {
      const t = weightedIndex(themeSums, random());
      if (!themeScratch.includes(t)) themeScratch.push(t);
    }
    const list = new Array(themeScratch.length);
    for (let k = 0; k < themeScratch.length; k++) list[k] = at(THEMES, themeScratch[k] ?? 0)[0];
    return list;
  };
  /** An individualized recommendation to a ministry, escalating 1–5 earlier open ones. @param {number} dayNow */
  const emitEscalation = (dayNow) => {
    targets.length = 0;
    // An open one if possible; failing that (a tiny dataset), any recommendation to a facility.
    for (let attempt = 0; attempt < 80 && targets.length === 0; attempt++) {
      const candidate = pick(r);
      if (recVisit[candidate] !== -1 && (recFinalOpen[candidate] === 1 || attempt >= 40)) targets.push(candidate);
    }
    if (targets.length === 0) return false;
    const agency = recAgency[at(targets, 0)] ?? 0;
    const wanted = 1 + pick(5);
    for (let attempt = 0; attempt < 30 && targets.length < wanted; attempt++) {
      const candidate = pick(r);
      if (recAgency[candidate] === agency && recVisit[candidate] !== -1 && recFinalOpen[candidate] === 1 && !targets.includes(candidate)) targets.push(candidate);
    }
    let latest = dayNow;
    const escalates = new Array(targets.length);
    for (let k = 0; k < targets.length; k++) {
      const target = targets[k] ?? 0;
      latest = Math.max(latest, (recIssueDay[target] ?? 0) + 60);
      escalates[k] = at(recommendations, target).id;
      recReferenced[target] = 1;
    }
    const issueDay = Math.min(AS_OF, latest + pick(30));
    const changes = history(issueDay);
    recAgency[r] = agency;
    recIssueDay[r] = issueDay;
    recommendations[r] = {
      id: recommendationId(r),
      addressee: at(AGENCIES, agency),
      level: "agency",
      themes: at(recommendations, at(targets, 0)).themes.slice(),
      text: ESCALATION_TEXT,
      issuedOn: dateOf(issueDay),
      dueOn: random() < 0.5 ? dateOf(issueDay + 60) : null,
      escalates,
      history: changes,
    };
    r++;
    agencyEmitted++;
    return true;
  };

  for (let v = 0; v < visitCount && r < recommendationCount; v++) {
    const count = perVisit[v] ?? 0;
    const day = visitDay[v] ?? 0;
    const base = v * 3;
    const covered = visitFacilityCount[v] ?? 1;
    if (count > 0) visitReferenced[v] = 1;
    for (let k = 0; k < count; k++) {
      const f = visitFacilities[base + pick(covered)] ?? 0;
      const facility = at(facilities, f);
      const issueDay = day + 5 + pick(40);
      const changes = history(issueDay);
      const last = changes.length === 0 ? "issued" : at(changes, changes.length - 1).status;
      const previous = lastRecOf[f] ?? -1;
      let repeatOf = null;
      if (previous >= 0 && recVisit[previous] !== v && random() < 0.04) { // repeats one from an earlier visit
        repeatOf = at(recommendations, previous).id;
        recReferenced[previous] = 1;
      }
      lastRecOf[f] = r;
      recAgency[r] = facilityAgency[f] ?? 0;
      recIssueDay[r] = issueDay;
      recVisit[r] = v;
      recFinalOpen[r] = ESCALATABLE.has(last) ? 1 : 0;
      const themeList = themes();
      recommendations[r] = {
        id: recommendationId(r),
        visitId: at(visits, v).id,
        facilityId: facility.id,
        addressee: facility.agency,
        level: "facility",
        themes: themeList,
        text: random() < 0.7 ? at(THEMES, themeScratch[0] ?? 0)[2] : null,
        issuedOn: dateOf(issueDay),
        dueOn: random() < 0.75 ? dateOf(issueDay + at(DUE_AFTER_DAYS, pick(DUE_AFTER_DAYS.length))) : null,
        repeatOf,
        history: changes,
      };
      r++;
    }
    const due = Math.floor(((v + 1) * agencyLevelCount) / visitCount) - agencyEmitted;
    for (let k = 0; k < due && r > 0; k++) if (!emitEscalation(day + 30)) break;
  }
  // Escalations deferred for want of open recommendations go last.
  while (r < recommendationCount) {
    if (!emitEscalation(PERIOD_TO)) throw new RangeError("too few recommendations to escalate");
  }

  // --- Accountability ---------------------------------------------------------------------------
  const actionId = idMaker("A-", actionCount);
  const measureSums = cumulative(MEASURES, 1);
  const agencySums = cumulative([[6], [1], [1], [1], [1], [1], [0.3], [0.2]], 0);
  /** @type {NationalAccountabilityAction[]} */
  const accountability = new Array(actionCount);
  for (let a = 0; a < actionCount; a++) {
    let visitIdValue = null;
    let facilityIdValue = null;
    /** @type {string} */
    let agency;
    let decidedDay;
    if (visitCount > 0 && random() < 0.85) {
      let v = pick(visitCount);
      if (visitIsSpecial[v] === 0 && random() < 0.5) v = pick(visitCount); // special visits lead to liability more often
      const f = visitFacilities[v * 3] ?? 0;
      const facility = at(facilities, f);
      visitReferenced[v] = 1;
      visitIdValue = at(visits, v).id;
      facilityIdValue = facility.id;
      agency = facility.agency;
      decidedDay = Math.min(AS_OF, (visitDay[v] ?? 0) + 20 + pick(180));
    } else {
      agency = at(AGENCIES, weightedIndex(agencySums, random()));
      decidedDay = PERIOD_FROM + pick(span);
    }
    const officials = random();
    accountability[a] = {
      id: actionId(a),
      decidedOn: dateOf(decidedDay),
      initiator: random() < 0.94 ? "commissioner_office" : "npm_participant",
      measure: at(MEASURES, weightedIndex(measureSums, random()))[0],
      officials: officials < 0.55 ? 1 : officials < 0.8 ? 2 : officials < 0.9 ? 3 : officials < 0.96 ? 4 : 5,
      visitId: visitIdValue,
      facilityId: facilityIdValue,
      agency,
    };
  }

  /** @type {NationalDataset} */
  const dataset = {
    format: "opcat-npm/dataset@1",
    profile: "kz",
    period: { from: dateOf(PERIOD_FROM), to: dateOf(PERIOD_TO) },
    facilities,
    visits,
    recommendations,
    accountability,
  };
  const injected = /** @type {InjectedCounts} */ (Object.fromEntries(INJECTABLE_CODES.map((code) => [code, 0])));
  if (errorRate > 0) {
    injectErrors({
      dataset, injected, errorRate, random, dateOf,
      facilityAgency, visitsOfFacility, visitDay, visitReferenced, recVisit, recReferenced,
    });
  }
  return { dataset, injected, asOf: dateOf(AS_OF) };
}

// ---------------------------------------------------------------------------------------------
// Error injection (DESIGN §5): each injected error gives exactly one issue of its code
// ---------------------------------------------------------------------------------------------

/**
 * Picks up to `n` distinct records of a collection of `size` that are not yet `used` and are
 * `eligible`, and marks them used. Random tries first, then a scan from a random start, so
 * rare candidates are found too.
 * @param {() => number} random
 * @param {Uint8Array} used
 * @param {number} n
 * @param {(index: number) => boolean} eligible
 */
function choose(random, used, n, eligible) {
  const size = used.length;
  /** @type {number[]} */
  const chosen = [];
  if (size === 0) return chosen;
  for (let tries = 0; chosen.length < n && tries < 32 * n + 64; tries++) {
    const i = Math.floor(random() * size);
    if (used[i] === 0 && eligible(i)) {
      used[i] = 1;
      chosen.push(i);
    }
  }
  const start = Math.floor(random() * size);
  for (let k = 0; k < size && chosen.length < n; k++) {
    const i = (start + k) % size;
    if (used[i] === 0 && eligible(i)) {
      used[i] = 1;
      chosen.push(i);
    }
  }
  return chosen;
}

/**
 * @param {{ dataset: NationalDataset, injected: InjectedCounts, errorRate: number, random: () => number,
 *   dateOf: (day: number) => string, facilityAgency: Uint8Array, visitsOfFacility: Int32Array, visitDay: Int32Array,
 *   visitReferenced: Uint8Array, recVisit: Int32Array, recReferenced: Uint8Array }} state
 */
function injectErrors(state) {
  const { dataset, injected, errorRate, random, dateOf, facilityAgency, visitsOfFacility, visitDay, visitReferenced, recVisit, recReferenced } = state;
  const { facilities, visits, recommendations, accountability } = dataset;
  const pick = (/** @type {number} */ n) => Math.floor(random() * n);
  const countFor = (/** @type {number} */ size) => (size === 0 ? 0 : Math.max(1, Math.round(errorRate * size)));
  const impossibleDate = () => at(IMPOSSIBLE_DATES, pick(IMPOSSIBLE_DATES.length));
  let missing = 0;
  const missingId = (/** @type {string} */ prefix) => `${prefix}-X${String(missing++).padStart(6, "0")}`;
  const count = (/** @type {InjectedCode} */ code, /** @type {number} */ n = 1) => {
    injected[code] += n;
  };
  // Duplicates are made in index order, so the id copied is final when it is copied.
  const ascending = (/** @type {number[]} */ indices) => indices.sort((x, y) => x - y);
  // The record before `index` whose id a duplicate copies: marked used, so its id never changes
  // afterwards (a later duplicate of it would leave the copy alone with that id).
  const sourceOf = (/** @type {Uint8Array} */ used, /** @type {number} */ index) => {
    const source = pick(index);
    used[source] = 1;
    return source;
  };

  // Facilities. Only facilities that no visit covers get a duplicate id (nothing refers to them).
  const facilityUsed = new Uint8Array(facilities.length);
  const nF = countFor(facilities.length);
  for (const i of choose(random, facilityUsed, nF, () => true)) {
    at(facilities, i).region = "KZ-AST"; // an old letter code, accepted only through migration
    count("schema.unknown_code");
  }
  for (const i of choose(random, facilityUsed, nF, () => true)) {
    at(facilities, i).type = "prison";
    count("schema.unknown_code");
  }
  for (const i of choose(random, facilityUsed, nF, () => true)) {
    at(facilities, i).region = "KZ 71"; // not even the form of a code
    count("schema.invalid_value");
  }
  for (const i of choose(random, facilityUsed, nF, () => true)) {
    delete loose(at(facilities, i))["name"];
    count("schema.required");
  }
  for (const i of choose(random, facilityUsed, nF, () => true)) {
    loose(at(facilities, i))["legacyCode"] = "KZ-AST-A";
    count("schema.unknown_key");
  }
  for (const i of ascending(choose(random, facilityUsed, nF, (j) => j > 0 && visitsOfFacility[j] === 0))) {
    at(facilities, i).id = at(facilities, sourceOf(facilityUsed, i)).id;
    count("ref.duplicate_id");
  }
  // Every visit date is 2020 or later, so a facility closed in 2019 is closed for all its visits.
  for (const i of choose(random, facilityUsed, nF, () => true)) {
    const facility = at(facilities, i);
    facility.openedOn = dateOf(dayNumber(2019, 6, 1));
    facility.closedOn = dateOf(dayNumber(2019, 3, 1) + pick(60));
    count("date.closed_before_opened");
    count("date.facility_closed", visitsOfFacility[i] ?? 0);
  }
  for (const i of choose(random, facilityUsed, nF, (j) => (visitsOfFacility[j] ?? 0) > 0)) {
    at(facilities, i).closedOn = dateOf(dayNumber(2019, 12, 31));
    count("date.facility_closed", visitsOfFacility[i] ?? 0);
  }

  // Visits. The first visits' dates come first: only "outside the period" moves a start.
  const visitUsed = new Uint8Array(visits.length);
  const nV = countFor(visits.length);
  const isType = (/** @type {string} */ type) => (/** @type {number} */ j) => at(visits, j).type === type;
  for (const i of choose(random, visitUsed, nV, isType("periodic"))) {
    const visit = at(visits, i);
    const day = YEAR_2020 + pick(300);
    const length = visit.endedOn === null ? 0 : 1;
    visit.startedOn = dateOf(day);
    if (visit.endedOn !== null) visit.endedOn = dateOf(day + length);
    visitDay[i] = day;
    count("date.outside_period");
  }
  for (const i of choose(random, visitUsed, nV, () => true)) {
    at(visits, i).facilityIds.push(missingId("F"));
    count("ref.unknown_facility");
  }
  // Follow-up errors go to intermediate visits, or to planned ones made follow-ups.
  const notSpecial = (/** @type {number} */ j) => at(visits, j).type !== "special";
  for (const i of choose(random, visitUsed, nV, notSpecial)) {
    const visit = at(visits, i);
    visit.type = "intermediate";
    visit.followUpOf = missingId("V");
    count("ref.unknown_visit");
  }
  for (const i of ascending(choose(random, visitUsed, nV, (j) => j > 0 && visitReferenced[j] === 0))) {
    at(visits, i).id = at(visits, sourceOf(visitUsed, i)).id;
    count("ref.duplicate_id");
  }
  for (const i of choose(random, visitUsed, nV, () => true)) {
    at(visits, i).endedOn = dateOf((visitDay[i] ?? 0) - 1 - pick(3));
    count("date.end_before_start");
  }
  for (const i of choose(random, visitUsed, nV, () => true)) {
    at(visits, i).endedOn = impossibleDate();
    count("schema.invalid_date");
  }
  for (const i of choose(random, visitUsed, nV, isType("periodic"))) {
    at(visits, i).type = "planned"; // the published name, not the code
    count("schema.unknown_code");
  }
  for (const i of choose(random, visitUsed, nV, notSpecial)) {
    const visit = at(visits, i);
    visit.type = "intermediate";
    visit.followUpOf = null;
    count("visit.follow_up_missing");
  }
  // A follow-up of a later visit: the target is marked used, so its id and start stay as they are.
  for (const i of choose(random, visitUsed, nV, notSpecial)) {
    const day = visitDay[i] ?? 0;
    let target = -1;
    for (let tries = 0; tries < 64 && target < 0; tries++) {
      const j = i + 1 + pick(Math.max(1, visits.length - i - 1));
      if (j < visits.length && visitUsed[j] === 0 && (visitDay[j] ?? 0) > day) target = j;
    }
    for (let j = i + 1; j < visits.length && target < 0; j++) if (visitUsed[j] === 0 && (visitDay[j] ?? 0) > day) target = j;
    if (target < 0) continue;
    visitUsed[target] = 1;
    at(visits, i).type = "intermediate";
    at(visits, i).followUpOf = at(visits, target).id;
    count("visit.follow_up_order");
  }
  for (const i of choose(random, visitUsed, nV, isType("special"))) {
    at(visits, i).trigger = null;
    count("visit.trigger_missing");
  }
  // Received after the visit started, but still no visit date after the period's end.
  for (const i of choose(random, visitUsed, nV, (j) => at(visits, j).type === "special" && (visitDay[j] ?? 0) < PERIOD_TO)) {
    const visit = at(visits, i);
    visit.trigger = { kind: visit.trigger?.kind ?? "complaint", receivedOn: dateOf(Math.min(PERIOD_TO, (visitDay[i] ?? 0) + 1 + pick(5))) };
    count("visit.trigger_after_start");
  }
  for (const i of choose(random, visitUsed, nV, () => true)) {
    at(visits, i).teamSize = 1 + pick(2);
    count("visit.team_too_small");
  }

  // Recommendations. Only ones nothing escalates or repeats get a duplicate id or another addressee.
  const recUsed = new Uint8Array(recommendations.length);
  const nR = countFor(recommendations.length);
  const facilityLevel = (/** @type {number} */ j) => recVisit[j] !== -1;
  for (const i of choose(random, recUsed, nR, facilityLevel)) {
    at(recommendations, i).visitId = missingId("V");
    count("ref.unknown_visit");
  }
  for (const i of choose(random, recUsed, nR, facilityLevel)) {
    at(recommendations, i).facilityId = missingId("F");
    count("ref.unknown_facility");
  }
  for (const i of choose(random, recUsed, nR, facilityLevel)) {
    at(recommendations, i).repeatOf = missingId("R");
    count("ref.unknown_recommendation");
  }
  for (const i of ascending(choose(random, recUsed, nR, (j) => j > 0 && recReferenced[j] === 0))) {
    at(recommendations, i).id = at(recommendations, sourceOf(recUsed, i)).id;
    count("ref.duplicate_id");
  }
  // Another facility of the same agency (so the addressee still fits), untouched by injections.
  const byAgency = AGENCIES.map(() => /** @type {number[]} */ ([]));
  for (let f = 0; f < facilities.length; f++) if (facilityUsed[f] === 0) at(byAgency, facilityAgency[f] ?? 0).push(f);
  for (const i of choose(random, recUsed, nR, facilityLevel)) {
    const recommendation = at(recommendations, i);
    const candidates = at(byAgency, AGENCIES.indexOf(recommendation.addressee));
    const covered = at(visits, recVisit[i] ?? 0).facilityIds;
    let other = "";
    for (let tries = 0; tries < 16 && other === "" && candidates.length > 0; tries++) {
      const id = at(facilities, at(candidates, pick(candidates.length))).id;
      if (!covered.includes(id)) other = id;
    }
    if (other === "") continue;
    recommendation.facilityId = other;
    count("ref.facility_not_in_visit");
  }
  for (const i of choose(random, recUsed, nR, () => true)) {
    const recommendation = at(recommendations, i);
    const issued = dayNumber(Number(recommendation.issuedOn.slice(0, 4)), Number(recommendation.issuedOn.slice(5, 7)), Number(recommendation.issuedOn.slice(8, 10)));
    recommendation.dueOn = dateOf(issued - 1 - pick(30));
    count("date.due_before_issue");
  }
  for (const i of choose(random, recUsed, nR, (j) => at(recommendations, j).history.length > 0)) {
    const recommendation = at(recommendations, i);
    const changes = recommendation.history;
    if (changes.length === 1) {
      const issued = dayNumber(Number(recommendation.issuedOn.slice(0, 4)), Number(recommendation.issuedOn.slice(5, 7)), Number(recommendation.issuedOn.slice(8, 10)));
      at(changes, 0).on = dateOf(issued - 1 - pick(10));
    } else {
      const k = pick(changes.length - 1);
      const first = at(changes, k);
      changes[k] = at(changes, k + 1);
      changes[k + 1] = first;
    }
    count("date.history_order");
  }
  for (const i of choose(random, recUsed, nR, facilityLevel)) {
    at(recommendations, i).issuedOn = dateOf((visitDay[recVisit[i] ?? 0] ?? 0) - 1 - pick(20));
    count("date.issue_before_visit");
  }
  for (const i of choose(random, recUsed, nR, () => true)) {
    at(recommendations, i).dueOn = impossibleDate();
    count("schema.invalid_date");
  }
  for (const i of choose(random, recUsed, nR, () => true)) {
    at(recommendations, i).themes[0] = "torture";
    count("schema.unknown_code");
  }
  for (const i of choose(random, recUsed, nR, () => true)) {
    at(recommendations, i).themes = [];
    count("schema.too_small");
  }
  for (const i of choose(random, recUsed, nR, () => true)) {
    delete loose(at(recommendations, i))["issuedOn"];
    count("schema.required");
  }
  for (const i of choose(random, recUsed, nR, () => true)) {
    loose(at(recommendations, i))["comment"] = "Checked again during the follow-up visit.";
    count("schema.unknown_key");
  }
  for (const i of choose(random, recUsed, nR, (j) => facilityLevel(j) && recReferenced[j] === 0)) {
    const recommendation = at(recommendations, i);
    const agency = AGENCIES.indexOf(recommendation.addressee);
    recommendation.addressee = at(AGENCIES, (agency + 1 + pick(AGENCIES.length - 1)) % AGENCIES.length);
    count("rec.addressee_mismatch");
  }
  for (const i of choose(random, recUsed, nR, (j) => !facilityLevel(j))) {
    at(recommendations, i).escalates = [];
    count("rec.escalation_target");
  }
  let personal = 0;
  for (const i of choose(random, recUsed, nR, () => true)) {
    at(recommendations, i).text = personal++ % 2 === 0
      ? "Ask the duty officer (ivanov.a@mail.kz) to repair the ventilation."
      : "Call the head of the unit on +7 701 234 56 78 about the ventilation.";
    count("privacy.personal_identifier");
  }

  // Accountability actions: nothing refers to them.
  const actionUsed = new Uint8Array(accountability.length);
  const nA = countFor(accountability.length);
  for (const i of ascending(choose(random, actionUsed, nA, (j) => j > 0))) {
    at(accountability, i).id = at(accountability, sourceOf(actionUsed, i)).id;
    count("ref.duplicate_id");
  }
  for (const i of choose(random, actionUsed, nA, (j) => at(accountability, j).visitId !== null)) {
    at(accountability, i).visitId = missingId("V");
    count("ref.unknown_visit");
  }
  for (const i of choose(random, actionUsed, nA, () => true)) {
    at(accountability, i).officials = 0;
    count("schema.too_small");
  }
  for (const i of choose(random, actionUsed, nA, () => true)) {
    loose(at(accountability, i))["officials"] = "2";
    count("schema.invalid_type");
  }
  for (const i of choose(random, actionUsed, nA, () => true)) {
    at(accountability, i).measure = "reprimand";
    count("schema.unknown_code");
  }
  for (const i of choose(random, actionUsed, nA, () => true)) {
    at(accountability, i).decidedOn = impossibleDate();
    count("schema.invalid_date");
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

/**
 * Counts of a dataset's records and an estimate of its size as JSON (compact, UTF-8): the
 * mean size of up to `sample` records per collection, spread evenly, times the count. Exact
 * (every record serialized) with `sample: Infinity`; the whole dataset is never one string,
 * which at full size would be near V8's string length limit.
 *
 * @param {Pick<NationalDataset, "facilities" | "visits" | "recommendations" | "accountability">} dataset
 * @param {{ sample?: number }} [options]
 */
export function datasetStats(dataset, options = {}) {
  const sample = options.sample ?? 2000;
  /** @param {readonly unknown[]} records */
  const bytesOf = (records) => {
    const n = records.length;
    if (n === 0) return 0;
    const taken = Math.min(n, sample);
    let bytes = 0;
    for (let k = 0; k < taken; k++) bytes += Buffer.byteLength(JSON.stringify(records[Math.floor((k * n) / taken)]));
    return Math.round((bytes / taken) * n) + n - 1 + 2; // the records, the commas, the brackets
  };
  let historyEntries = 0;
  let agencyLevel = 0;
  for (const recommendation of dataset.recommendations) {
    historyEntries += recommendation.history.length;
    if (recommendation.level === "agency") agencyLevel++;
  }
  const bytes = {
    facilities: bytesOf(dataset.facilities),
    visits: bytesOf(dataset.visits),
    recommendations: bytesOf(dataset.recommendations),
    accountability: bytesOf(dataset.accountability),
  };
  const records = dataset.facilities.length + dataset.visits.length + dataset.recommendations.length + dataset.accountability.length;
  const approxJsonBytes = bytes.facilities + bytes.visits + bytes.recommendations + bytes.accountability + 200;
  return {
    facilities: dataset.facilities.length,
    visits: dataset.visits.length,
    recommendations: dataset.recommendations.length,
    agencyLevelRecommendations: agencyLevel,
    historyEntries,
    accountability: dataset.accountability.length,
    records,
    approxJsonBytes,
    approxJsonBytesByCollection: bytes,
    approxJsonBytesPerRecord: records === 0 ? 0 : approxJsonBytes / records,
  };
}
