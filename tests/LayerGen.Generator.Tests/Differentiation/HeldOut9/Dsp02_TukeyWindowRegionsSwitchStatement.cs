// Window functions: a Tukey (tapered cosine) window with α = 0.5 applied to the row and normalised to unit mean power, the
// taper, flat and closing regions picked by an int region code and a switch statement.
// Shape: scipy.signal.windows.tukey's three-piece formula, ported to C# with a switch.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(16)]
public partial class TukeyWindowRegionsSwitchStatement
{
    const double Alpha = 0.5;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length;
        double width = Alpha * (n - 1) / 2;
        double power = 0;
        Span<double> w = stackalloc double[16];
        for (int i = 0; i < n; i++)
        {
            int region = i < width ? 0 : i > (n - 1) - width ? 2 : 1;
            switch (region)
            {
                case 0:
                    w[i] = 0.5 * (1 + Math.Cos(Math.PI * (i / width - 1)));
                    break;
                case 2:
                    w[i] = 0.5 * (1 + Math.Cos(Math.PI * ((n - 1 - i) / width - 1)));
                    break;
                default:
                    w[i] = 1;
                    break;
            }
            power += w[i] * w[i];
        }
        double scale = 1 / Math.Sqrt(power / n);
        for (int i = 0; i < n; i++) y[i] = scale * w[i] * x[i];
    }
}
