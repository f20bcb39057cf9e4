import { configure } from "storybook/test";

// Stories that open a part loaded on demand (the booking dialog) wait for its module's first
// import in the page: beside the unit project's worker on CI's two cores that can take longer
// than testing-library's 1 s default, as in the unit project (test/setup/unit.ts).
configure({ asyncUtilTimeout: 5000 });
