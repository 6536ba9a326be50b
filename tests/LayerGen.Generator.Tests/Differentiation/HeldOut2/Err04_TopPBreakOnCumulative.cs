// Nucleus (top-p) truncation of a softmax in the given order: stop adding entries once the cumulative mass passes 0.9.
// Re-creates: the top-p filtering loop of text-generation samplers (without the sort) (shape only; our own code).
// `break` on a data-dependent condition exits the loop at a row-dependent step: an error is what a user should get.
// expect: error
using System;
using LayerGen;

namespace HeldOut2;

[DifferentiableLayer(6)]
public partial class TopPBreakOnCumulative
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = x[0];
        for (int i = 1; i < x.Length; i++) if (x[i] > max) max = x[i];
        double sum = 0;
        for (int i = 0; i < x.Length; i++) sum += Math.Exp(x[i] - max);
        y.Clear();
        double cumulative = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double p = Math.Exp(x[i] - max) / sum;
            y[i] = p;
            cumulative += p;
            if (cumulative > 0.9) break; //~ LG11
        }
    }
}
