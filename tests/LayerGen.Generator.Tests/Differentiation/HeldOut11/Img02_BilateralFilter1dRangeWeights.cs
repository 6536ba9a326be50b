// expect: gradient
// rows: no-large
// on the ±1000 rows h = 1e-5·|v| ≈ 0.01 is not small against the range kernel's width 0.8 when two neighbours fall within a few units
// A 1-D bilateral filter over an image row, radius 2: weights w = exp(−d²/2σ_s²)·exp(−(I_j − I_i)²/2σ_r²), y_i =
// Σ w·I_j / Σ w, with the window clamped to the row by Math.Max/Math.Min on its integer bounds. Shape of OpenCV's
// bilateralFilter reference loops ported to a row, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(9)]
public partial class BilateralFilter1dRangeWeights
{
    const int Radius = 2;
    const double SigmaSpace = 1.5, SigmaRange = 0.8;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            int lo = Math.Max(0, i - Radius);
            int hi = Math.Min(x.Length - 1, i + Radius);
            double weighted = 0, norm = 0;
            for (int j = lo; j <= hi; j++)
            {
                double d = j - i;
                double diff = x[j] - x[i];
                double w = Math.Exp(-d * d / (2 * SigmaSpace * SigmaSpace))
                           * Math.Exp(-diff * diff / (2 * SigmaRange * SigmaRange));
                weighted += w * x[j];
                norm += w;
            }
            y[i] = weighted / norm;
        }
    }
}
