import { createTheme, Modal } from '@mantine/core';

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  // Focus ring for keyboard users, not for mouse clicks.
  focusRing: 'auto',
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts },
  components: {
    Modal: Modal.extend({
      defaultProps: {
        styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
      },
    }),
  },
});
