// Source: MaxEnt species distribution "raw" output (Phillips et al. 2006), re-created as a parallel pass over the
// background cells of one landscape.
// Layout: 1-D double[] linear predictor (one distribution over all cells); Parallel.For writes the exps, a loop sums.
// Bug (LG0003): exp of the raw linear predictor with no max subtracted; predictors above ~709 overflow to infinity
// (the sum becomes infinite and the output NaN).
using System;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut8;

public static class SpeciesMaxent_RawExpParallel
{
    public static double[] RawOutput(double[] linearPredictor)
    {
        var raw = new double[linearPredictor.Length];
        Parallel.For(0, linearPredictor.Length, i =>
        {
            raw[i] = Math.Exp(linearPredictor[i]); //~ LG0003
        });

        double z = 0;
        foreach (double r in raw) z += r;
        for (int i = 0; i < raw.Length; i++) raw[i] /= z;
        return raw;
    }
}
