// Source: importance-sampling leave-one-out weights (Vehtari, Gelman & Gabry 2017; stan-dev/loo `sis`): weights of
// one observation are normalised over the posterior draws.
// Layout: flat ReadOnlySpan<double> draw-major [draws · observations] (row s holds every observation of draw s),
// row slices for the peak, a stackalloc'd per-draw peak, then a strided walk down each observation's draws.
// Bug: LG0004 (the peak is taken per draw over the observations; the sum runs per observation over the draws).
using System;

namespace LayerGen.Recreations.HeldOut16.PsisLoo_PeakPerDraw;

public static class LooWeights
{
    /// <summary>Self-normalised importance weights, laid out like the input.</summary>
    public static double[] Normalised(ReadOnlySpan<double> logLik, int draws, int observations)
    {
        var weights = new double[draws * observations];
        Span<double> drawPeak = draws <= 256 ? stackalloc double[draws] : new double[draws];
        for (int s = 0; s < draws; s++)
        {
            ReadOnlySpan<double> draw = logLik.Slice(s * observations, observations);
            double m = double.NegativeInfinity;
            foreach (double ll in draw) m = Math.Max(m, -ll); //~ LG0004
            drawPeak[s] = m;
        }

        for (int i = 0; i < observations; i++)
        {
            double z = 0;
            for (int s = 0; s < draws; s++)
            {
                double w = Math.Exp(-logLik[s * observations + i] - drawPeak[s]);
                weights[s * observations + i] = w;
                z += w;
            }
            for (int s = 0; s < draws; s++) weights[s * observations + i] /= z;
        }
        return weights;
    }
}
