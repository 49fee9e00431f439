// Text for screen readers only (a chart's numbers next to its bars).

import { makeStyles } from "@fluentui/react-components";

export const useVisuallyHiddenStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
