import type { Loaded } from '../content/yamlSource';
import type { RawCourts } from '../content/compile';
import type { ContentProblem } from '../content/problem';
import type { CourtNames } from './names';

/**
 * The court directory's own checks (run by the loader, so by `npm run validate` and at start-up): every court in
 * exactly one district, its CM/ECF address its own, and no name that leads to two districts unless it is listed as
 * ambiguous (then it leads nowhere else).
 */
export function checkCourtNames(courts: Loaded<RawCourts>, names: Loaded<CourtNames>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const courtIds = new Set(courts.value.courts.map((court) => court.id));
  courts.value.courts.forEach((court, index) => {
    if (court.ecfUrl !== `https://ecf.${court.id}.uscourts.gov`) {
      problems.push(courts.source.problemAt(['courts', index, 'ecfUrl'], `court "${court.id}" has CM/ECF address "${court.ecfUrl}": it should be https://ecf.${court.id}.uscourts.gov.`));
    }
  });
  const inDistrict = new Map<string, string>();
  const owner = new Map<string, string>();
  names.value.districts.forEach((district, index) => {
    for (const id of district.courts) {
      if (!courtIds.has(id)) problems.push(names.source.problemAt(['districts', index, 'courts'], `district "${district.code}" lists court "${id}", which is not in courts.yaml.`));
      if (inDistrict.has(id)) problems.push(names.source.problemAt(['districts', index, 'courts'], `court "${id}" is in two districts.`));
      inDistrict.set(id, district.code);
    }
    district.names.forEach((name, at) => {
      const first = owner.get(name);
      if (first !== undefined && first !== district.code) {
        problems.push(names.source.problemAt(['districts', index, 'names', at], `"${name}" names both "${first}" and "${district.code}": list it under "ambiguous" instead.`));
      }
      owner.set(name, district.code);
    });
  });
  for (const id of courtIds) if (!inDistrict.has(id)) problems.push(courts.source.problemAt(['courts'], `court "${id}" is in no district of court-names.yaml.`));
  names.value.ambiguous.forEach((shared, index) => {
    if (owner.has(shared.name)) problems.push(names.source.problemAt(['ambiguous', index, 'name'], `"${shared.name}" is ambiguous and also a name of district "${owner.get(shared.name)}".`));
    const unknown = shared.districts.filter((code) => !names.value.districts.some((district) => district.code === code));
    if (unknown.length > 0) problems.push(names.source.problemAt(['ambiguous', index, 'districts'], `"${shared.name}" names unknown districts: ${unknown.join(', ')}.`));
  });
  return problems;
}
