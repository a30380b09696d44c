import { css } from 'lit';

/**
 * Links inside an element follow the theme (`--ansinh-link-color…`, from the primary colour),
 * not the browser's default blue and purple, which fail contrast on dark and high-contrast
 * themes. Underlined always, so a link never depends on colour alone (WCAG 1.4.1); in forced
 * colours the system's LinkText applies through the tokens.
 */
export const linkStyles = css`
  a {
    color: var(--ansinh-link-color, currentColor);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--ansinh-link-color-visited, currentColor);
  }
  a:hover {
    color: var(--ansinh-link-color-hover, currentColor);
    text-decoration-thickness: 2px;
  }
`;

/**
 * Hidden on screen, read by screen readers (`.sr` for texts, `.ansinh-announcer` for the live
 * region of `AnnounceController`). `clip-path`, not `display: none`, so the accessibility tree keeps it.
 */
export const visuallyHidden = css`
  .sr,
  .ansinh-announcer {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The box of `tableScroll` (parts/table-scroll.ts): scrolls sideways on screen, not on paper. */
export const tableScrollStyles = css`
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .table-scroll:focus-visible {
    outline: var(--ansinh-focus-ring-width, 3px) solid var(--ansinh-color-focus, #1a5fb4);
    outline-offset: var(--ansinh-focus-ring-offset, 2px);
  }
  @media print {
    .table-scroll {
      overflow: visible;
    }
  }
`;
