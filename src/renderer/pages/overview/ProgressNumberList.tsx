import { SimpleGrid, Text } from '@mantine/core';
import type { StepNumber } from './progress-numbers';

/** A row of counts, each with its detail below (orange when something waits), as a <dl>. */
export function ProgressNumberList({ numbers, label }: { numbers: StepNumber[]; label: string }) {
  return (
    <SimpleGrid
      cols={{ base: 2, sm: numbers.length }}
      spacing="xs"
      component="dl"
      aria-label={label}
      m={0}
    >
      {numbers.map((number) => (
        <div key={number.label}>
          <Text component="dt" size="xs" c="dimmed">
            {number.label}
          </Text>
          <Text component="dd" m={0} fw={700} size="lg" lh={1.2}>
            {number.value}
          </Text>
          {number.detail && (
            <Text component="dd" m={0} size="xs" c={number.open ? 'orange.8' : 'dimmed'}>
              {number.detail}
            </Text>
          )}
        </div>
      ))}
    </SimpleGrid>
  );
}
