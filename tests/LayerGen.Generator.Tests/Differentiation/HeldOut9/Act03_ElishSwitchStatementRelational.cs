// Activations: ELiSH (Exponential Linear Sigmoid SquasHing): x·σ(x) for x ≥ 0 and (eˣ − 1)·σ(x) for x < 0, the two
// pieces in a switch statement with relational patterns, σ for negative x written eˣ/(1 + eˣ) so it cannot overflow.
// Shape: Basirat & Roth, "The Quest for the Golden Activation Function" (2018), ported to a C# switch.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(12)]
public partial class ElishSwitchStatementRelational
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            switch (v)
            {
                case < 0:
                {
                    double e = Math.Exp(v);
                    y[i] = (e - 1) * e / (1 + e);
                    break;
                }
                default:
                    y[i] = v / (1 + Math.Exp(-v));
                    break;
            }
        }
    }
}
