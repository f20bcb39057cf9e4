import { Treatment } from "../../treatment";

/** A treatment's page in English: `/lakeshore/dermal-filler`. */
export default async function TreatmentPage({
  params,
}: {
  params: Promise<{ spa: string; procedure: string }>;
}) {
  const { spa, procedure } = await params;
  return <Treatment spa={spa} procedureId={procedure} french={false} />;
}
