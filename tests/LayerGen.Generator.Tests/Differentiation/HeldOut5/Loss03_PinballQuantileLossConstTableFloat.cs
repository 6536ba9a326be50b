// Quantile (pinball) loss of a multi-quantile forecaster, as in pytorch-forecasting's QuantileLoss:
// the row is predictions for three quantiles at four horizons | the four targets; the output is the loss per quantile.
// The quantiles come from a static readonly table.
// rows: no-ties
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(16, 3)]
public partial class PinballQuantileLossConstTableFloat
{
    static readonly float[] Quantiles = { 0.1f, 0.5f, 0.9f };
    const int Horizons = 4;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        ReadOnlySpan<float> target = x[(3 * Horizons)..];
        for (int q = 0; q < Quantiles.Length; q++)
        {
            float tau = Quantiles[q];
            float loss = 0f;
            for (int h = 0; h < Horizons; h++)
            {
                float error = target[h] - x[q * Horizons + h];
                loss += MathF.Max((tau - 1f) * error, tau * error);
            }
            y[q] = loss / Horizons;
        }
    }
}
