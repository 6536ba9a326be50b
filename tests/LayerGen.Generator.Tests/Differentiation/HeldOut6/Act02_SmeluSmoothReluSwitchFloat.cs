// expect: gradient
// SmeLU, the smooth ReLU of Shamir et al. (2020): 0 below −β, (x + β)² / 4β between, x above, β = 1.5, as a switch
// expression with relational patterns against a const field; float. Shape from the paper's definition; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8)]
public partial class SmeluSmoothReluSwitchFloat
{
    const float Beta = 1.5f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v switch
            {
                <= -Beta => 0f,
                >= Beta => v,
                _ => (v + Beta) * (v + Beta) / (4f * Beta),
            };
        }
    }
}
