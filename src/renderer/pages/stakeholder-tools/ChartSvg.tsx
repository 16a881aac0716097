import { forwardRef, memo, type HTMLAttributes } from 'react';

/**
 * A chart from src/shared/charts, inline: the same SVG text the exports rasterise. The charts
 * escape every text they place, so the markup holds no user-supplied tags.
 */
export const ChartSvg = memo(
  forwardRef<HTMLDivElement, { svg: string } & HTMLAttributes<HTMLDivElement>>(function ChartSvg(
    { svg, style, ...rest },
    ref,
  ) {
    return (
      <div
        ref={ref}
        {...rest}
        className={`koers-chart-host ${rest.className ?? ''}`}
        style={{ lineHeight: 0, ...style }}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    );
  }),
);
