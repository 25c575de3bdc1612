// The dataset manifest's shape, defined once: the import validates manifest.json with it (strict, so a
// misspelt `ilustrative` is an error rather than a hidden notice, each unknown field named with the fields it may be) and GET /api/health reports it.
import { z } from 'zod';
import { strictFields } from './strict-fields';

export const datasetManifestSchema = strictFields({
  title: z.string().optional(),
  illustrative: z.boolean().optional().describe('(part of) the data is made up; the web app then shows notice to every user'),
  notice: strictFields({ nl: z.string(), en: z.string() }).optional(),
  sources: z.array(z.string()).optional(),
}).meta({ id: 'DatasetManifest' });
export type DatasetManifest = z.infer<typeof datasetManifestSchema>;
