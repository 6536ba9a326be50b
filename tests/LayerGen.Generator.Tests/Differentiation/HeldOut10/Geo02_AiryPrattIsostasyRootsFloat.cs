// expect: gradient
// Geophysics: Airy and Pratt isostatic compensation of a topographic profile (Turcotte & Schubert, ch. 2), as a
// geodynamics notebook ports it. Elevations (km) are 3·softplus(x); the learnable log density contrast scales the Airy
// root, Pratt's column density follows from the compensation depth. Output: roots | Pratt densities.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(6, 12)]
public partial class AiryPrattIsostasyRootsFloat
{
    const float CrustDensity = 2.8f, MantleDensity = 3.3f, CompensationDepth = 100.0f;

    static float Softplus(float v) => v > 20.0f ? v : MathF.Log(1.0f + MathF.Exp(v));

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1)] ReadOnlySpan<float> logContrast)
    {
        float contrast = (MantleDensity - CrustDensity) * MathF.Exp(logContrast[0]);
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            float h = 3.0f * Softplus(x[i]);
            y[i] = h * CrustDensity / contrast;                                  // Airy root below the crust
            y[n + i] = CrustDensity * CompensationDepth / (CompensationDepth + h); // Pratt column density
        }
    }
}
