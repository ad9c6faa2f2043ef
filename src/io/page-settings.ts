import { isBackendName } from '../ml/pipeline-types';
import type { PipelineRequests } from './pipeline-protocol';

/** What the pipeline is loaded with. */
export type PipelineSettings = PipelineRequests['init']['params'];

/** Settings a URL can override: `?backend=wasm|webgl|cpu`. */
export function readPageSettings(search: string, baseUrl: string): PipelineSettings {
  const params = new URLSearchParams(search);
  const backend = params.get('backend');
  return {
    backend: isBackendName(backend) ? backend : undefined,
    baseUrl,
  };
}
