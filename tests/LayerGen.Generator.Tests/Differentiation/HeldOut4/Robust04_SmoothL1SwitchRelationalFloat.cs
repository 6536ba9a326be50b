// Smooth L1 element term (torch.nn.functional.smooth_l1_loss, β = 1) as a switch expression over relational patterns:
// v < −β: −v − β/2; v > β: v − β/2; otherwise v²/(2β).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class SmoothL1SwitchRelationalFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const float Beta = 1f;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v switch
            {
                < -Beta => -v - 0.5f * Beta,
                > Beta => v - 0.5f * Beta,
                _ => 0.5f * v * v / Beta,
            };
        }
    }
}
