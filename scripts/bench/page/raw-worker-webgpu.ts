/// <reference lib="webworker" />
// The bench API over onnxruntime-web's "onnxruntime-web/webgpu" build, the app's WebGPU build (see raw-api.ts).
import * as Comlink from 'comlink';
import * as ort from 'onnxruntime-web/webgpu';
import '../../../src/shared/comlink-errors';
import { rawApi } from './raw-api';

Comlink.expose(rawApi(ort));
