// The roster fields each rule reads. A rule runs when its rosters are there; without one of these columns the check
// that reads it finds nothing, silently. Reconcile names such fields and the rules they silence (product-spec §9.1).
import type { SourceKind } from '../model/types.js';

export type FieldNeeds = Partial<Record<SourceKind, string[]>>;

export const FIELD_NEEDS: Record<string, FieldNeeds> = {
  MISSED: { disability: ['disabilityLevel'], illness: ['selfPay'] },
  FOUR_CAT_BUSINESS: { business: ['entityStatus'] },
  FOUR_CAT_PROPERTY: { property: ['propertyType'] },
  FOUR_CAT_VEHICLE: { vehicle: ['vehicleType'] },
  WRONG_EXIT: { monitor: ['householdType', 'riskEliminated', 'perCapitaIncome'] },
  HOUSING_UNSAFE: { housing: ['grade'] },
  HH_STRUCTURE: { monitor: ['householdId', 'relation'] },
  SEX_MISMATCH: { monitor: ['sex'] },
  DUPLICATE_PERSON: { monitor: ['householdId'] },
  AGE_FIELD_MISMATCH: { monitor: ['studentStatus', 'educationLevel', 'laborSkill', 'health'] },
  FLAG_CONTRADICTION: { monitor: ['unsafeHouse', 'studentStatus', 'medicalInsured', 'enjoysDibao', 'enjoysTekun'] },
  QUICK_EXIT: { monitor: ['riskEliminated', 'identifiedAt', 'eliminatedAt'] },
  NO_LABOR_ELIMINATED: { monitor: ['riskEliminated', 'laborSkill'] },
  NO_ASSISTANCE: { monitor: ['riskEliminated', 'identifiedAt', 'laborSkill', 'assistanceStatus'] },
  WATER_UNSAFE: { monitor: ['waterSafe'] },
  INCOME_BELOW_LINE: { monitor: ['householdType', 'perCapitaIncome'] },
};
