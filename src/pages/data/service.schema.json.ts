/** /data/service.schema.json — JSON Schema of each services/<id>.json, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { jsonSchemaOf, serviceSchema } from '../../lib/formats/service-json.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(jsonSchemaOf(serviceSchema, new URL('/data/service.schema.json', site).href), null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
    },
  );
