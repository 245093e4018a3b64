import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { BarConfig } from './chart-data';

// Only what the bar charts use, so the results chunk stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/**
 * A Chart.js canvas. The picture is for sighted users; its label points to the table with the same
 * figures, which the parent always renders next to it.
 */
@Component({
  selector: 'app-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart-box" [style.height.px]="height()">
      <canvas #canvas role="img" [attr.aria-label]="label()"></canvas>
    </div>
  `,
  styles: `
    .chart-box {
      position: relative;
      width: 100%;
      max-width: 48rem;
    }
  `,
})
export class ChartComponent {
  readonly config = input.required<BarConfig>();
  readonly height = input(240);
  readonly label = input.required<string>();
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar', number[], string> | null = null;

  constructor() {
    afterRenderEffect(() => {
      const config = this.config();
      const canvas = this.canvas().nativeElement;
      this.chart?.destroy();
      this.chart = new Chart(canvas, config);
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}
