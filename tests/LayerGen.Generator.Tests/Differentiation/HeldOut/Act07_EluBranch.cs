// ELU with an if/else block per entry and alpha as a local.
// Re-creates: the textbook `np.where(x > 0, x, alpha * (np.exp(x) - 1))`, unrolled into a branch.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut;

[DifferentiableLayer(8)]
public partial class EluBranch
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double alpha = 1.0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > 0)
            {
                y[i] = x[i];
            }
            else
            {
                y[i] = alpha * (Math.Exp(x[i]) - 1);
            }
        }
    }
}
