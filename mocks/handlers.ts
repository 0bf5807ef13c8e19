import { HttpResponse, http } from 'msw'
import { dataset2017 } from './dataset'

/** The API contract: GET <base>/api/v1/kpis/2017.json returns the whole dataset. */
export const DATASET_URL = '*/api/v1/kpis/2017.json'

export const handlers = [http.get(DATASET_URL, () => HttpResponse.json(dataset2017))]
