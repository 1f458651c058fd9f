/** /data/services.schema.json — JSON Schema of services.json, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { jsonSchemaOf, serviceListSchema } from '../../lib/formats/service-json.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(jsonSchemaOf(serviceListSchema, new URL('/data/services.schema.json', site).href), null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
    },
  );
