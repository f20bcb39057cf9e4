// Draws the starter library's before-and-after "photos": flat illustrations made for this project,
// visibly drawings and not people, each marked "Illustration". Deterministic: running it again
// writes the same files. Output: src/content/examples/results/<treatment>-<case>-<before|after>.svg
// (served as /medspa-ui/results/… by Storybook and shipped in dist/results/).
//
//   node scripts/draw-result-illustrations.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const width = 800;
const height = 600;
const folder = path.resolve("src/content/examples/results");

/** A small deterministic random source, so the spots and hairs land in the same place each run. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const tones = {
  light: { skin: "#f3cfb3", shade: "#e2b08f", line: "#9c6b4e", backdrop: "#eef2f5" },
  medium: { skin: "#d29b76", shade: "#bb8360", line: "#6e4631", backdrop: "#f4efe9" },
  deep: { skin: "#8f5b3e", shade: "#7a4b31", line: "#3f2418", backdrop: "#eaf0ec" },
};

function frame(tone, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<title>Illustration made for medspa-ui, not a photo of a person</title>
<rect width="${width}" height="${height}" fill="${tone.backdrop}"/>
${body}
<g font-family="sans-serif" font-size="22" fill="#33404d"><rect x="596" y="548" width="188" height="36" rx="18" fill="#ffffff" opacity="0.85"/><text x="690" y="573" text-anchor="middle">Illustration</text></g>
</svg>
`;
}

const face = (tone) =>
  `<ellipse cx="400" cy="470" rx="300" ry="420" fill="${tone.skin}"/><path d="M160 470 Q400 540 640 470" fill="none" stroke="${tone.shade}" stroke-width="6"/>`;
const brows = (tone, y = 430) =>
  `<path d="M190 ${y} Q260 ${y - 40} 340 ${y - 10}" fill="none" stroke="${tone.line}" stroke-width="16" stroke-linecap="round"/><path d="M460 ${y - 10} Q540 ${y - 40} 610 ${y}" fill="none" stroke="${tone.line}" stroke-width="16" stroke-linecap="round"/>`;

/** Lines drawn darker and wider before, fainter after. */
const stroke = (tone, strength) =>
  `fill="none" stroke="${tone.line}" stroke-linecap="round" stroke-width="${2 + 5 * strength}" opacity="${0.2 + 0.7 * strength}"`;

const scenes = {
  forehead: (tone, strength) =>
    face(tone) +
    brows(tone) +
    [190, 250, 310]
      .map(
        (y) => `<path d="M230 ${y} Q320 ${y - 18} 400 ${y} T570 ${y}" ${stroke(tone, strength)}/>`,
      )
      .join(""),
  frown: (tone, strength) =>
    face(tone) +
    brows(tone, 400) +
    `<path d="M380 300 Q372 340 378 385" ${stroke(tone, strength)}/><path d="M420 300 Q428 340 422 385" ${stroke(tone, strength)}/>`,
  crowsFeet: (tone, strength) =>
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${tone.skin}"/>` +
    `<path d="M140 300 Q300 190 460 300 Q300 400 140 300 Z" fill="#ffffff" stroke="${tone.line}" stroke-width="6"/><circle cx="300" cy="300" r="58" fill="${tone.line}"/>` +
    [-40, -15, 10, 35]
      .map(
        (dy) =>
          `<path d="M500 ${300 + dy / 2} Q570 ${300 + dy} 650 ${300 + dy * 2.2}" ${stroke(tone, strength)}/>`,
      )
      .join(""),
  lips: (tone, strength) => {
    const fullness = 1.35 - 0.35 * strength;
    const top = 300 - 55 * fullness;
    const bottom = 300 + 70 * fullness;
    return (
      `<rect x="0" y="0" width="${width}" height="${height}" fill="${tone.skin}"/>` +
      `<path d="M210 300 Q300 ${top - 10} 370 ${top + 12} Q400 ${top - 4} 430 ${top + 12} Q500 ${top - 10} 590 300 Q400 318 210 300 Z" fill="#b5646b"/>` +
      `<path d="M210 300 Q400 318 590 300 Q500 ${bottom} 400 ${bottom} Q300 ${bottom} 210 300 Z" fill="#c77780"/>` +
      `<path d="M210 300 Q400 318 590 300" fill="none" stroke="#7d3a42" stroke-width="5"/>` +
      [250, 320, 480, 550]
        .map(
          (x) => `<path d="M${x} ${top - 40} l${x < 400 ? 8 : -8} 28" ${stroke(tone, strength)}/>`,
        )
        .join("")
    );
  },
  nasolabial: (tone, strength) =>
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${tone.skin}"/>` +
    `<path d="M340 120 Q400 90 460 120 Q480 180 430 200 Q400 190 370 200 Q320 180 340 120 Z" fill="${tone.shade}"/>` +
    `<path d="M300 400 Q400 440 500 400" fill="none" stroke="#a45a61" stroke-width="22" stroke-linecap="round"/>` +
    `<path d="M330 190 Q260 290 290 410" ${stroke(tone, strength)}/><path d="M470 190 Q540 290 510 410" ${stroke(tone, strength)}/>`,
  pigmentation: (tone, strength, seed) => {
    const next = random(seed);
    const spots = [];
    for (let index = 0; index < 34; index++) {
      const x = 130 + next() * 540;
      const y = 110 + next() * 380;
      const r = 8 + next() * 18;
      if (next() < 0.3 + 0.7 * strength) {
        spots.push(
          `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${r.toFixed(0)}" fill="${tone.line}" opacity="${(0.15 + 0.5 * strength).toFixed(2)}"/>`,
        );
      }
    }
    return (
      `<path d="M90 80 Q400 20 720 120 Q760 360 600 560 L160 560 Q40 340 90 80 Z" fill="${tone.skin}"/>` +
      spots.join("")
    );
  },
  acneScars: (tone, strength, seed) => {
    const next = random(seed);
    const pits = [];
    for (let index = 0; index < 40; index++) {
      const x = 140 + next() * 520;
      const y = 120 + next() * 360;
      const r = 7 + next() * 12;
      pits.push(
        `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${(r * (0.5 + 0.5 * strength)).toFixed(0)}" fill="${tone.shade}" stroke="${tone.line}" stroke-width="${(1 + 3 * strength).toFixed(1)}" opacity="${(0.3 + 0.6 * strength).toFixed(2)}"/>`,
      );
    }
    return (
      `<path d="M90 80 Q400 20 720 120 Q760 360 600 560 L160 560 Q40 340 90 80 Z" fill="${tone.skin}"/>` +
      pits.join("")
    );
  },
  underarm: (tone, strength, seed) => {
    const next = random(seed);
    const hairs = [];
    const count = Math.round(10 + 110 * strength);
    for (let index = 0; index < count; index++) {
      const x = 300 + next() * 200;
      const y = 230 + next() * 150;
      const angle = (next() - 0.5) * 1.6;
      hairs.push(
        `<path d="M${x.toFixed(0)} ${y.toFixed(0)} l${(Math.sin(angle) * 22).toFixed(0)} ${(Math.cos(angle) * 22).toFixed(0)}" stroke="${tone.line}" stroke-width="3" stroke-linecap="round"/>`,
      );
    }
    return (
      `<path d="M0 600 L0 380 Q160 330 260 180 Q300 60 420 40 L800 40 L800 600 Z" fill="${tone.skin}"/>` +
      `<path d="M260 180 Q400 260 560 170" fill="none" stroke="${tone.shade}" stroke-width="8"/>` +
      hairs.join("")
    );
  },
  lowerLeg: (tone, strength, seed) => {
    const next = random(seed);
    const hairs = [];
    const count = Math.round(12 + 150 * strength);
    for (let index = 0; index < count; index++) {
      const y = 40 + next() * 520;
      const x = 300 + next() * 200 - (y - 300) * 0.1;
      hairs.push(
        `<path d="M${x.toFixed(0)} ${y.toFixed(0)} l${(4 + next() * 8).toFixed(0)} 18" stroke="${tone.line}" stroke-width="2.5" stroke-linecap="round"/>`,
      );
    }
    return (
      `<path d="M270 0 L530 0 Q560 300 520 600 L300 600 Q240 300 270 0 Z" fill="${tone.skin}"/>` +
      `<path d="M300 80 Q280 300 320 560" fill="none" stroke="${tone.shade}" stroke-width="6"/>` +
      hairs.join("")
    );
  },
};

/** Every case of the starter library: its file name, scene, tone and how marked the after photo is. */
const cases = [
  ["botulinum-toxin-forehead-1", "forehead", "light", 0.25],
  ["botulinum-toxin-frown-lines-1", "frown", "medium", 0.3],
  ["botulinum-toxin-forehead-2", "forehead", "deep", 0.35],
  ["dermal-filler-lips-1", "lips", "medium", 0],
  ["dermal-filler-nasolabial-1", "nasolabial", "light", 0.35],
  ["chemical-peel-pigmentation-1", "pigmentation", "light", 0.3],
  ["chemical-peel-pigmentation-2", "pigmentation", "medium", 0.35],
  ["laser-hair-removal-underarms-1", "underarm", "light", 0.1],
  ["laser-hair-removal-lower-legs-1", "lowerLeg", "deep", 0.12],
  ["microneedling-acne-scars-1", "acneScars", "medium", 0.4],
  ["microneedling-acne-scars-2", "acneScars", "deep", 0.45],
  ["microneedling-fine-lines-1", "crowsFeet", "light", 0.3],
];

mkdirSync(folder, { recursive: true });
cases.forEach(([name, scene, toneName, after], index) => {
  const tone = tones[toneName];
  for (const [which, strength] of [
    ["before", 1],
    ["after", after],
  ]) {
    const svg = frame(tone, scenes[scene](tone, strength, 7 + index * 31));
    writeFileSync(path.join(folder, `${name}-${which}.svg`), svg);
  }
});
console.log(`${cases.length * 2} illustrations in ${path.relative(process.cwd(), folder)}`);
