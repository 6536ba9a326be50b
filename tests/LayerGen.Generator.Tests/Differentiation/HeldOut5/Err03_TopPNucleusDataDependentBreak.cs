// Nucleus (top-p) truncation of a softmax without sorting, in index order: accumulate probabilities and stop once
// the mass reaches p. The loop exit depends on the data (break on a running sum), which the subset does not cover.
// expect: error
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(8)]
public partial class TopPNucleusDataDependentBreak
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double topP = 0.9;
        double max = double.NegativeInfinity;
        for (int i = 0; i < x.Length; i++) if (x[i] > max) max = x[i];
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i] - max);
        y.Clear();
        double mass = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp(x[i] - max) / sum;
            mass += y[i];
            if (mass >= topP)
                break; //~ LG11
        }
    }
}
