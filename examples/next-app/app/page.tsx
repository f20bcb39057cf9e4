import Link from "next/link";
import { spas } from "../content/spas";

export default function Home() {
  return (
    <main>
      <h1>Spas</h1>
      <ul>
        {Object.entries(spas).flatMap(([spa, record]) =>
          Object.keys(record.procedures).map((procedure) => (
            <li key={`${spa}/${procedure}`}>
              <Link href={`/${spa}/${procedure}`}>
                {spa}: {procedure}
              </Link>
            </li>
          )),
        )}
      </ul>
    </main>
  );
}
