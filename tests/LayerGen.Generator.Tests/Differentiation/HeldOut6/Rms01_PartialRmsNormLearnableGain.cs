// expect: gradient
// Partial RMSNorm (pRMSNorm, Zhang & Sennrich 2019): the RMS is estimated from the first p = 25 % of the row only,
// then every entry is scaled by it and a learnable gain. Shape from the RMSNorm reference (rmsnorm_torch.py, p > 0
// path); our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class PartialRmsNormLearnableGain
{
    const double P = 0.25, Eps = 1e-8;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(8, Initial = 1.0)] ReadOnlySpan<double> gain)
    {
        int partial = (int)(x.Length * P);
        double sumSquares = 0;
        for (int i = 0; i < partial; i++) sumSquares += x[i] * x[i];
        double rms = Math.Sqrt(sumSquares / partial);
        for (int i = 0; i < x.Length; i++)
            y[i] = gain[i] * x[i] / (rms + Eps);
    }
}
