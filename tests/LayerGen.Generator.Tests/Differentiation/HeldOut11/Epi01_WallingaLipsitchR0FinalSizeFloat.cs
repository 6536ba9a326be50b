// expect: gradient
// Reproduction numbers from epidemic growth rates (Wallinga & Lipsitch 2007) with a gamma-distributed generation
// interval, R = (1 + r·θ)^k (mean 5 d, sd 2 d), and the final size z = 1 − e^(−R·z) solved by 40 fixed-point
// iterations from z = 0.8 for each of three regions; outputs R and z per region (float). Shape of R0/EpiEstim
// tutorial code ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(3, 6)]
public partial class WallingaLipsitchR0FinalSizeFloat
{
    const float MeanInterval = 5f, SdInterval = 2f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float shape = MeanInterval * MeanInterval / (SdInterval * SdInterval);
        float scale = SdInterval * SdInterval / MeanInterval;
        for (int region = 0; region < x.Length; region++)
        {
            float r = 0.05f + 0.25f / (1f + MathF.Exp(-x[region]));    // growth per day, positive
            float reproduction = MathF.Pow(1f + r * scale, shape);
            float z = 0.8f;
            for (int iteration = 0; iteration < 40; iteration++)
                z = 1f - MathF.Exp(-reproduction * z);
            y[2 * region] = reproduction;
            y[2 * region + 1] = z;
        }
    }
}
