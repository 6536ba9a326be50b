// expect: gradient
// Pair energies of four particles on a line under a soft-core Lennard-Jones potential (Beutler et al.: r² + α with
// α = 0.5, so coincident particles stay finite), σ = ε = 1, written with a running pair index y[k++] and the total
// appended. Shape from molecular-dynamics / alchemical free-energy code; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(4, 7)]
public partial class LennardJonesSoftCorePairs
{
    const double Alpha = 0.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int k = 0;
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = i + 1; j < x.Length; j++)
            {
                double d = x[i] - x[j];
                double inverse = 1.0 / (d * d + Alpha);
                double s6 = inverse * inverse * inverse;
                double energy = 4.0 * (s6 * s6 - s6);
                total += energy;
                y[k++] = energy;
            }
        }
        y[k] = total;
    }
}
