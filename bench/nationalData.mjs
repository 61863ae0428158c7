// @ts-check
// A seeded generator of national-to-multi-year scale data in the contract (profile kz):
// by default 50,000 facilities, 150,000 visits, 1,000,000 recommendations and 20,000
// accountability actions over 2021-2025. Deterministic for a seed; no clock, no Math.random,
// no local time: dates come from a table of civil dates built with UTC arithmetic.

/** sfc32: a small, fast, well-tested 32-bit generator. @param {number} seed */
function sfc32(seed) {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

const FACILITY_TYPES = /** @type {const} */ ([
  ["penal_colony", "interior"], ["pretrial_detention_centre", "interior"], ["temporary_detention_facility", "interior"],
  ["special_reception_centre", "interior"], ["police_unit", "interior"], ["reception_distribution_centre", "interior"],
  ["nsc_detention_facility", "national_security"], ["military_guardhouse", "defence"], ["psychiatric_institution", "health"],
  ["narcological_institution", "health"], ["childrens_home", "education"], ["juvenile_adaptation_centre", "education"],
  ["social_care_institution", "labour_social_protection"],
]);
const REGIONS = ["KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79"];
const THEMES = ["detention_conditions", "procurement", "legal_awareness", "medical_care", "sanitation", "food", "safeguards", "ill_treatment", "complaints", "staffing"];
const PATHS = [["accepted", "in_progress", "implemented"], ["accepted", "partially_implemented"], ["rejected"], ["accepted", "not_implemented"], ["in_progress"], ["withdrawn"]];

/** Civil dates from 2020-01-01 on, one per day, as strings: built once, indexed by day. */
function dateTable(/** @type {number} */ days) {
  const start = Date.UTC(2020, 0, 1);
  return Array.from({ length: days }, (_, day) => {
    const moment = new Date(start + day * 86_400_000);
    return `${String(moment.getUTCFullYear())}-${String(moment.getUTCMonth() + 1).padStart(2, "0")}-${String(moment.getUTCDate()).padStart(2, "0")}`;
  });
}

/**
 * @param {{ seed?: number, facilities?: number, visits?: number, recommendations?: number, accountability?: number }} [options]
 */
export function generateNationalData(options = {}) {
  const { seed = 2023, facilities: facilityCount = 50_000, visits: visitCount = 150_000, recommendations: recommendationCount = 1_000_000, accountability: actionCount = 20_000 } = options;
  const random = sfc32(seed);
  const pick = (/** @type {number} */ n) => Math.floor(random() * n);
  const dates = dateTable(8 * 366);
  const FIRST_VISIT_DAY = 366; // 2021-01-01
  const VISIT_DAYS = 5 * 365; // to the end of 2025

  const facilities = [];
  for (let i = 0; i < facilityCount; i++) {
    const [type, agency] = FACILITY_TYPES[pick(FACILITY_TYPES.length)] ?? FACILITY_TYPES[0];
    facilities.push({ id: `F-${String(i)}`, name: `Facility ${String(i)} (${type})`, type, agency, region: REGIONS[pick(REGIONS.length)] ?? "KZ-71", capacity: 20 + pick(800) });
  }

  /** @type {{ id: string, type: string, startedOn: string, endedOn: string, facilityIds: string[], teamSize: number, followUpOf?: string, trigger?: { kind: string, receivedOn: string } }[]} */
  const visits = [];
  const visitDay = new Int32Array(visitCount);
  for (let i = 0; i < visitCount; i++) {
    const day = FIRST_VISIT_DAY + Math.floor((i / visitCount) * VISIT_DAYS); // in date order
    visitDay[i] = day;
    const first = pick(facilityCount);
    const facilityIds = random() < 0.2 ? [`F-${String(first)}`, `F-${String((first + 1) % facilityCount)}`] : [`F-${String(first)}`];
    const roll = random();
    /** @type {(typeof visits)[number]} */
    const visit = { id: `V-${String(i)}`, type: "periodic", startedOn: dates[day] ?? "", endedOn: dates[day + pick(2)] ?? "", facilityIds, teamSize: 3 + pick(5) };
    if (roll < 0.03 && i > 1000) {
      const earlier = visits[i - 1 - pick(1000)];
      if (earlier !== undefined) Object.assign(visit, { type: "intermediate", followUpOf: earlier.id, facilityIds: earlier.facilityIds });
    } else if (roll < 0.1) {
      Object.assign(visit, { type: "special", trigger: { kind: ["complaint", "media", "incident", "other"][pick(4)] ?? "other", receivedOn: dates[day - pick(10)] ?? "" } });
    }
    visits.push(visit);
  }

  /** @type {Record<string, unknown>[]} */
  const recommendations = [];
  for (let i = 0; i < recommendationCount; i++) {
    const v = Math.min(visitCount - 1, Math.floor((i / recommendationCount) * visitCount));
    const visit = visits[v];
    if (visit === undefined) break;
    const facilityId = visit.facilityIds[pick(visit.facilityIds.length)] ?? "";
    const facility = facilities[Number(facilityId.slice(2))];
    const issuedDay = (visitDay[v] ?? 0) + 3 + pick(27);
    const history = [];
    let day = issuedDay;
    for (const status of PATHS[pick(PATHS.length)] ?? []) {
      day += 5 + pick(120);
      history.push({ status, on: dates[day] ?? "" });
    }
    const themes = random() < 0.3 ? [THEMES[pick(5)] ?? "food", THEMES[5 + pick(5)] ?? "food"] : [THEMES[pick(THEMES.length)] ?? "food"];
    recommendations.push({ id: `R-${String(i)}`, visitId: visit.id, facilityId, addressee: facility?.agency ?? "interior", level: "facility", themes, text: "Repair the ventilation and restore access to drinking water in the cells.", issuedOn: dates[issuedDay] ?? "", dueOn: dates[issuedDay + 30 + pick(150)] ?? "", history });
  }

  const accountability = [];
  for (let i = 0; i < actionCount; i++) {
    const visit = visits[pick(visitCount)];
    const facilityId = visit?.facilityIds[0] ?? "F-0";
    accountability.push({ id: `A-${String(i)}`, decidedOn: dates[(visitDay[Number(visit?.id.slice(2) ?? 0)] ?? FIRST_VISIT_DAY) + 30 + pick(200)] ?? "", initiator: random() < 0.94 ? "commissioner_office" : "npm_participant", measure: ["disciplinary", "administrative", "criminal"][pick(3)] ?? "disciplinary", officials: 1 + pick(4), visitId: visit?.id, facilityId, agency: facilities[Number(facilityId.slice(2))]?.agency });
  }

  return { format: "opcat-npm/dataset@1", profile: "kz", period: { from: "2021-01-01", to: "2025-12-31" }, facilities, visits, recommendations, accountability };
}
