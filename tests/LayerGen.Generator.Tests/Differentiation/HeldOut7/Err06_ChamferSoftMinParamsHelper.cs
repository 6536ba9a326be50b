// A soft minimum over three squared distances through a `params double[]` helper, the C# habit for variadic min/max.
// Helpers take float/double/int values or spans (docs/custom-layers.md); a params array parameter is outside the
// subset, reported at the call.
// expect: error
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8, 2)]
public partial class ChamferSoftMinParamsHelper
{
    const double Gamma = 0.1;

    static double SoftMin(params double[] values)
    {
        double sum = 0;
        foreach (double v in values) sum += Math.Exp(-v / Gamma);
        return -Gamma * Math.Log(sum);
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int p = 0; p < 2; p++)
        {
            double d0 = (x[p] - x[2]) * (x[p] - x[2]);
            double d1 = (x[p] - x[3]) * (x[p] - x[3]);
            double d2 = (x[p] - x[4 + p]) * (x[p] - x[4 + p]);
            y[p] = SoftMin(d0, d1, d2); //~ LG11
        }
    }
}
