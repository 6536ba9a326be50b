// "Quantisation" to two decimals by a string round trip (ToString("F2") then double.Parse), a beginner's port of
// numpy.round(x, 2) before a tanh: formatting and parsing are calls with no derivative the generator can know.
// expect: error
using System;
using System.Globalization;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(8)]
public partial class QuantiseStringRoundTrip
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double q = double.Parse(x[i].ToString("F2", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture); //~ LG11
            y[i] = Math.Tanh(q);
        }
    }
}
