/** Open-data .ics files in `astro dev`. */
import { openDataRoute } from './data-response.ts';

export const { getStaticPaths, GET } = openDataRoute('.ics');
