import { useState, type ReactNode } from 'react';
import { ActionIcon, Popover, Tooltip } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';

interface Props {
  /** The button's name ("Datums aanpassen"), also its tooltip. */
  label: string;
  /** The form, mounted only while open, so it starts from the record's current dates. */
  children: (close: () => void) => ReactNode;
}

/**
 * A calendar button beside a status stepper that opens a form to correct the dates each status
 * was reached (interviews, work sessions): a meeting held on 28 April was not held on the day
 * its step was clicked.
 */
export function DatesPopover({ label, children }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={300}
      trapFocus
      withArrow
      shadow="md"
    >
      <Popover.Target>
        <Tooltip label={label} disabled={opened}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={label}
            aria-expanded={opened}
            onClick={() => setOpened((o) => !o)}
          >
            <IconCalendarEvent aria-hidden size={18} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>{opened && children(() => setOpened(false))}</Popover.Dropdown>
    </Popover>
  );
}
