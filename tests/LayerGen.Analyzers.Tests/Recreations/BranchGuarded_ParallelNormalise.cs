// Variant of BranchGuarded_PerplexitySearch.cs (ooples/AiDotNet TSNE) with the normalisation run as a Parallel.For
// lambda, the way a user parallelises a long row. Correct (Kernel): the exponent -beta * d^2 is never positive and the
// early return skips a row whose terms all underflow, so the lambda's division never sees 0 / 0 (the guard before the
// call covers the lambda, which runs at the call). Bug (KernelUnguarded): the same row without the guard gives
// 0 / 0 = NaN once every d^2 exceeds about 745 / beta.
using System;
using System.Threading.Tasks;

namespace Recreations.BranchGuardedParallelNormalise;

public static class GaussianRow
{
    public static bool Kernel(double[] d, double beta, double[] p)
    {
        double sum = 0;
        for (int j = 0; j < d.Length; j++)
        {
            p[j] = Math.Exp(-beta * d[j] * d[j]);
            sum += p[j];
        }

        if (sum <= 1e-300) return false;
        Parallel.For(0, d.Length, j => p[j] /= sum);
        return true;
    }

    public static void KernelUnguarded(double[] d, double beta, double[] p)
    {
        double sum = 0;
        for (int j = 0; j < d.Length; j++)
        {
            p[j] = Math.Exp(-beta * d[j] * d[j]); //~ LG0003
            sum += p[j];
        }

        Parallel.For(0, d.Length, j => p[j] /= sum);
    }
}
