// Power-average pooling (torch.nn.LPPool1d with norm_type = 3, kernel 3, stride 2, on |x| as in the L^p norm):
// windows start at i += 2, each gives (Σ |x|³)^(1/3).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(11, 5)]
public partial class LpPoolStrideTwoWindowsFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        const int kernel = 3;
        const float p = 3f;
        int o = 0;
        for (int i = 0; i + kernel <= x.Length; i += 2)
        {
            float s = 0f;
            for (int k = 0; k < kernel; k++) s += MathF.Pow(MathF.Abs(x[i + k]), p);
            y[o] = MathF.Pow(s, 1f / p);
            o++;
        }
    }
}
