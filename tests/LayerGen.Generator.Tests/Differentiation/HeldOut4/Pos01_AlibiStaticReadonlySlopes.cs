// ALiBi attention weights for the last query of 4 heads over 4 keys each (the row holds the 16 raw scores, head-major):
// score − m_h·(query − key), then a max-shifted softmax per head; the head slopes 2^(−8(h+1)/H) are a static readonly
// table, as get_slopes in ofirpress/attention_with_linear_biases produces them.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class AlibiStaticReadonlySlopes
{
    static readonly double[] Slopes = { 0.25, 0.0625, 0.015625, 0.00390625 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int Heads = 4, Keys = 4, Query = Keys - 1;
        for (int h = 0; h < Heads; h++)
        {
            int start = h * Keys;
            double max = double.NegativeInfinity;
            for (int j = 0; j < Keys; j++)
            {
                double score = x[start + j] - Slopes[h] * (Query - j);
                y[start + j] = score;
                if (score > max)
                    max = score;
            }
            double sum = 0;
            for (int j = 0; j < Keys; j++)
            {
                y[start + j] = Math.Exp(y[start + j] - max);
                sum += y[start + j];
            }
            for (int j = 0; j < Keys; j++)
                y[start + j] /= sum;
        }
    }
}
