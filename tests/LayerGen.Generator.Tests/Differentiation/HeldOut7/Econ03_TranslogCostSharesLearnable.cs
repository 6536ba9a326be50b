// A translog cost function (Christensen, Jorgenson & Lau) over three log input prices: ln C = a0 + Σ a_i ln p_i
// + ½ ΣΣ b_ij ln p_i ln p_j, and the cost shares s_i = ∂ln C/∂ln p_i = a_i + Σ_j b_ij ln p_j; the b matrix is
// symmetrised in the row (½(b_ij + b_ji)), all coefficients learnable. Shape of an econometrics course's translog
// estimation code, from memory.
// A user expects gradients for the log prices and every coefficient.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(3, 4)]
public partial class TranslogCostSharesLearnable
{
    const int Inputs = 3;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1)] ReadOnlySpan<double> a0,
                           [Learnable(Inputs, Initial = 0.333)] ReadOnlySpan<double> a,
                           [Learnable(Inputs * Inputs, StandardDeviation = 0.1)] ReadOnlySpan<double> b)
    {
        double logCost = a0[0];
        for (int i = 0; i < Inputs; i++)
        {
            logCost += a[i] * x[i];
            double share = a[i];
            for (int j = 0; j < Inputs; j++)
            {
                double bij = 0.5 * (b[checked(i * Inputs + j)] + b[checked(j * Inputs + i)]);
                logCost += 0.5 * bij * x[i] * x[j];
                share += bij * x[j];
            }
            y[1 + i] = share;
        }
        y[0] = logCost;
    }
}
