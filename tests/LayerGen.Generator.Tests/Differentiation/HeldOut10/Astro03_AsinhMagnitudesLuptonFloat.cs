// expect: gradient
// Astronomy: SDSS "asinh magnitudes" (Lupton, Gunn & Szalay 1999) m = −2.5/ln10·(asinh(f/2b) + ln b), which stay
// finite for zero and negative fluxes, with a learnable log softening b per band, then the g−r, r−i, i−z colours.
// Fluxes are the raw row (any sign), four bands: g r i z. MathF.Asinh as a port of the SQL function writes it.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(4, 7)]
public partial class AsinhMagnitudesLuptonFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
                           [Learnable(4, Initial = -2.0f)] ReadOnlySpan<float> logSoftening)
    {
        float pogson = 2.5f / MathF.Log(10.0f);
        Span<float> mag = stackalloc float[4];
        for (int band = 0; band < 4; band++)
        {
            float b = MathF.Exp(logSoftening[band]);
            mag[band] = -pogson * (MathF.Asinh(x[band] / (2.0f * b)) + MathF.Log(b));
            y[band] = mag[band];
        }
        for (int c = 0; c < 3; c++) y[4 + c] = mag[c] - mag[c + 1];
    }
}
