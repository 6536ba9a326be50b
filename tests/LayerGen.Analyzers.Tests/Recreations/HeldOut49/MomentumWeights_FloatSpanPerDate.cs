// Idiom: momentum-tilted weights: each date's trailing-return momentum across the assets becomes a softmax weight
// vector (float, as a GPU-minded backtester keeps its panels); own code.
// Layout: one flat float[] price-derived buffer, dates x assets, Span<float>.Slice(date * assets, assets) per date;
// foreach over the span for the peak; float.Exp.
// Label: Correct (each date's own peak is subtracted and each date divided by its own total).
using System;

namespace HeldOut49.MomentumWeights_FloatSpanPerDate;

public static class MomentumTilt
{
    public static void WeightsInPlace(float[] momentum, int assets, float sharpness)
    {
        int dates = momentum.Length / assets;
        for (int date = 0; date < dates; date++)
        {
            Span<float> row = momentum.AsSpan().Slice(date * assets, assets);
            float peak = float.NegativeInfinity;
            foreach (float m in row)
            {
                peak = MathF.Max(peak, m);
            }

            float total = 0f;
            for (int a = 0; a < row.Length; a++)
            {
                row[a] = float.Exp(sharpness * (row[a] - peak));
                total += row[a];
            }

            for (int a = 0; a < row.Length; a++)
            {
                row[a] /= total;
            }
        }
    }
}
