// Every roster file of one month, in a fixed order.
import { businessFiles, propertyFiles, staffFiles, vehicleFiles } from './assets.js';
import { deceasedFiles, dibaoFiles, lowincomeFiles, tekunFiles } from './civil.js';
import type { Ctx, FileOut } from './common.js';
import { disabilityFiles, illnessFiles, medicalFiles } from './health.js';
import { monitorFiles } from './monitor.js';
import { employmentFiles, housingFiles, studentFiles } from './work.js';

export function allFiles(ctx: Ctx): FileOut[] {
  return [
    monitorFiles, dibaoFiles, tekunFiles, lowincomeFiles, deceasedFiles, medicalFiles, illnessFiles, studentFiles, housingFiles,
    disabilityFiles, employmentFiles, staffFiles, businessFiles, propertyFiles, vehicleFiles,
  ].flatMap((f) => f(ctx));
}
