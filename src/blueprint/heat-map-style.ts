// The heat map's stylesheet (see heat-map.ts), part of the blueprint's (theme.ts). Its colours keep
// their meaning in every editor theme: the VS Code preview maps only the border and the neutral text.

export const HEAT_MAP_CSS = `
.sd-blueprint .sd-heat-0 { fill: var(--sd-heat-0, #a6500a); }
.sd-blueprint .sd-heat-1 { fill: var(--sd-heat-1, #f1a340); }
.sd-blueprint .sd-heat-2 { fill: var(--sd-heat-2, #ececec); }
.sd-blueprint .sd-heat-3 { fill: var(--sd-heat-3, #92c5de); }
.sd-blueprint .sd-heat-4 { fill: var(--sd-heat-4, #2166ac); }
.sd-blueprint .sd-heat-cell rect { stroke: var(--sd-heat-border, #57606a); stroke-width: 0.75; }
.sd-blueprint .sd-heat-cell text { fill: #1f2328; }
.sd-blueprint .sd-heat-cell.sd-heat-dark text { fill: #ffffff; }
.sd-blueprint .sd-heat-cell .sd-heat-hatch { stroke: none; }
.sd-blueprint .sd-heat-unmeasured rect { fill: none; stroke: var(--sd-chip-off, #afb8c1); stroke-dasharray: 2 2; }
.sd-blueprint .sd-heat-unmeasured text { fill: var(--sd-chip-off-text, #8c959f); }
.sd-blueprint .sd-heat-column { opacity: 0.22; }
.sd-blueprint .sd-heat-legend text { fill: var(--sd-foreground, #1f2328); }
.sd-blueprint .sd-heat-hatch-line { stroke: #1f2328; stroke-width: 1.2; opacity: 0.45; }
`;
