// Source: MaxEnt species distribution models (Phillips et al. 2006; "raw" output exp(lambda . f(x)) / Z over the
// background cells), re-created as a partitioned parallel pass over one landscape.
// Layout: 1-D double[] linear predictor over all background cells (one distribution over the landscape);
// Parallel.For over partitions writes partition maxima into an array, merged with LINQ Max.
// Correct: the merged maximum is the maximum of the one distribution; sum and division cover the same cells.
using System;
using System.Linq;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut8;

public static class SpeciesMaxent_ParallelPartitionMax
{
    public static double[] RawOutput(double[] linearPredictor, int partitions)
    {
        int n = linearPredictor.Length;
        int chunk = (n + partitions - 1) / partitions;
        var partMax = new double[partitions];
        Parallel.For(0, partitions, p =>
        {
            double m = double.NegativeInfinity;
            for (int i = p * chunk; i < Math.Min(n, (p + 1) * chunk); i++) m = Math.Max(m, linearPredictor[i]);
            partMax[p] = m;
        });
        double max = partMax.Max();

        var raw = new double[n];
        double z = 0;
        for (int i = 0; i < n; i++)
        {
            raw[i] = Math.Exp(linearPredictor[i] - max);
            z += raw[i];
        }
        for (int i = 0; i < n; i++) raw[i] /= z;
        return raw;
    }
}
