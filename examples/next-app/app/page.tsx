import Link from "next/link";
import { spas } from "../content/spas";

export default function Home() {
  return (
    <main>
      <h1>Spas</h1>
      <ul>
        {Object.entries(spas).flatMap(([spa, record]) =>
          Object.keys(record.procedures).flatMap((procedure) =>
            [
              [`/${spa}/${procedure}`, `${spa}: ${procedure}`],
              [`/${spa}/fr/${procedure}`, `${spa}: ${procedure} (français)`],
            ].map(([href, label]) => (
              <li key={href}>
                <Link href={href as string}>{label}</Link>
              </li>
            )),
          ),
        )}
      </ul>
    </main>
  );
}
