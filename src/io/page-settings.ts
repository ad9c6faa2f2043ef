import { isBackendName } from '../ml/pipeline-types';
import type { PipelineSettings } from '../controllers/pipeline-controller';

/** Settings a URL can override: `?backend=wasm|webgl|cpu`. */
export function readPageSettings(search: string, baseUrl: string): PipelineSettings {
  const params = new URLSearchParams(search);
  const backend = params.get('backend');
  return {
    backend: isBackendName(backend) ? backend : undefined,
    baseUrl,
  };
}
