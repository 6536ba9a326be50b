// expect: error
// A learnable blend between the row and its tanh written with the generic-math double.Lerp (.NET 7+), as a C# user who
// knows INumber-style statics would: double.Lerp is not among the supported calls. Our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(6)]
public partial class LerpGenericMathStatic
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
                           [Learnable(1, Initial = 0.5)] ReadOnlySpan<double> mix)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double squashed = Math.Tanh(x[i]);
            y[i] = double.Lerp(x[i], squashed, mix[0]); //~ LG11
        }
    }
}
