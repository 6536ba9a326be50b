// Optics: Beer–Lambert transmittance and absorbance of a stack of four absorbing layers at four wavelength bands,
// with a fixed Fresnel loss per glass–air interface and learnable log molar absorptivities (layer × band).
// Shape: a spectroscopy notebook's "A = ε·c·l summed over layers", ported from NumPy to C# floats.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(8)]
public partial class BeerLambertLayerStackLearnableFloat
{
    const int Layers = 4, Bands = 4;
    const float InterfaceTransmission = 0.96f;   // about 4 % reflected at each of the 2·Layers interfaces

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(Layers * Bands, Initial = -1, StandardDeviation = 0.3)] ReadOnlySpan<float> logAbsorptivity)
    {
        // x[0..4): thickness logits (0..1 mm), x[4..8): concentration pre-activations (softplus, stable form)
        Span<float> path = stackalloc float[Layers];
        for (int l = 0; l < Layers; l++)
        {
            float thickness = 0.5f + 0.5f * MathF.Tanh(x[l]);
            float v = x[Layers + l];
            float concentration = MathF.Max(v, 0f) + MathF.Log(1f + MathF.Exp(-MathF.Abs(v)));
            path[l] = thickness * concentration;
        }

        float interfaces = MathF.Pow(InterfaceTransmission, 2 * Layers);
        for (int b = 0; b < Bands; b++)
        {
            float depth = 0f;   // optical depth τ = Σ ε c l (natural log units)
            for (int l = 0; l < Layers; l++)
                depth += MathF.Exp(logAbsorptivity[l * Bands + b]) * path[l];
            y[b] = interfaces * MathF.Exp(-depth);
            y[Bands + b] = depth / MathF.Log(10f) - MathF.Log10(interfaces);   // absorbance in decadic units
        }
    }
}
