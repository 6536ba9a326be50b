// expect: gradient
// A learned-then-frozen piecewise-linear activation (as in PWLU / "Learning activation functions" APL exports): constant
// knots and values in static readonly arrays, the segment found by a loop of comparisons, linear extrapolation
// outside with the end slopes. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class PiecewiseLinearKnots
{
    static readonly double[] Knots = { -2.5, -1.25, 0.3, 1.7, 2.9 };
    static readonly double[] Values = { -0.2, -0.05, 0.25, 1.6, 3.1 };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int last = Knots.Length - 1;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            double result;
            if (v < Knots[0])
            {
                double slope = (Values[1] - Values[0]) / (Knots[1] - Knots[0]);
                result = Values[0] + slope * (v - Knots[0]);
            }
            else if (v >= Knots[last])
            {
                double slope = (Values[last] - Values[last - 1]) / (Knots[last] - Knots[last - 1]);
                result = Values[last] + slope * (v - Knots[last]);
            }
            else
            {
                result = 0.0;
                for (int k = 0; k < last; k++)
                {
                    if (v >= Knots[k] && v < Knots[k + 1])
                    {
                        double w = (v - Knots[k]) / (Knots[k + 1] - Knots[k]);
                        result = Values[k] * (1.0 - w) + Values[k + 1] * w;
                    }
                }
            }
            y[i] = result;
        }
    }
}
