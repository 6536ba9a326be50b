// Morse bond energies V(r) = D (1 − e^(−a (r − r_e)))² of a 4-atom chain whose xyz positions are the row, with
// learnable well depth (as log D), width a and equilibrium length r_e; outputs the three bonds and the total.
// Shape of: the Morse potential as written in ASE's MorsePotential calculator and MD teaching codes (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(12, 4)]
public partial class MorseChainBondEnergies
{
    static double BondLength(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int k = 0; k < 3; k++)
        {
            double d = b[k] - a[k];
            sum += d * d;
        }
        return Math.Sqrt(sum);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1)] ReadOnlySpan<double> logDepth,
        [Learnable(1, Initial = 1)] ReadOnlySpan<double> width,
        [Learnable(1, Initial = 1.5)] ReadOnlySpan<double> equilibrium)
    {
        double depth = Math.Exp(logDepth[0]);
        double total = 0;
        for (int bond = 0; bond < 3; bond++)
        {
            double r = BondLength(x[(3 * bond)..(3 * bond + 3)], x[(3 * bond + 3)..(3 * bond + 6)]);
            double energy = depth * Math.Pow(1 - Math.Exp(-width[0] * (r - equilibrium[0])), 2);
            y[bond] = energy;
            total += energy;
        }
        y[3] = total;
    }
}
