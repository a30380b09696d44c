import { css } from 'lit';

/** The look of a button; also used by the retry button of `<ansinh-state>`. */
export const buttonStyles = css`
  .btn {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--ansinh-space-2, 8px);
    inline-size: 100%;
    min-block-size: var(--ansinh-target-size, 44px);
    min-inline-size: var(--ansinh-target-size, 44px);
    padding: var(--ansinh-space-2, 8px) var(--ansinh-space-4, 16px);
    font: inherit;
    font-weight: var(--ansinh-font-weight-medium, 500);
    border: 2px solid transparent;
    border-radius: var(--ansinh-radius-md, 6px);
    cursor: pointer;
    color: var(--ansinh-button-color, var(--ansinh-color-on-primary, #fff));
    background: var(--ansinh-button-background, var(--ansinh-color-primary, #0b5cad));
    transition: background-color var(--ansinh-motion-duration-fast, 0.1s) var(--ansinh-motion-easing, ease);
  }
  .btn:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--ansinh-button-background-hover, var(--ansinh-color-primary-hover, #084a8c));
  }
  .btn:focus-visible {
    outline: var(--ansinh-focus-ring-width, 3px) solid var(--ansinh-color-focus, #1a5fb4);
    outline-offset: var(--ansinh-focus-ring-offset, 2px);
  }
  .btn[data-variant='secondary'] {
    --ansinh-button-color: var(--ansinh-color-primary, #0b5cad);
    --ansinh-button-background: var(--ansinh-color-surface, #fff);
    --ansinh-button-background-hover: var(--ansinh-color-surface-sunken, #eef2f7);
    border-color: currentColor;
  }
  .btn[data-variant='danger'] {
    --ansinh-button-color: var(--ansinh-color-on-danger, #fff);
    --ansinh-button-background: var(--ansinh-color-danger, #b3261e);
    --ansinh-button-background-hover: var(--ansinh-color-danger, #8c1d18);
  }
  .btn[data-variant='ghost'] {
    --ansinh-button-color: var(--ansinh-color-primary, #0b5cad);
    --ansinh-button-background: transparent;
    --ansinh-button-background-hover: var(--ansinh-color-surface-sunken, #eef2f7);
    text-decoration: underline;
  }
  .btn:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .btn[aria-disabled='true'] {
    cursor: progress;
  }
  .spin {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spin {
      animation-duration: 3s;
    }
  }
`;
