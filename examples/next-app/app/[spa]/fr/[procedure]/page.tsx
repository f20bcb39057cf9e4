import { Treatment } from "../../../treatment";

/** A treatment's page in Canadian French: `/lakeshore/fr/dermal-filler`. */
export default async function FrenchTreatmentPage({
  params,
}: {
  params: Promise<{ spa: string; procedure: string }>;
}) {
  const { spa, procedure } = await params;
  return <Treatment spa={spa} procedureId={procedure} french />;
}
