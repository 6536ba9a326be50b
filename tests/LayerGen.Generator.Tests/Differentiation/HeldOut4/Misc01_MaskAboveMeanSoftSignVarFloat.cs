// A comparison mask without dropout: entries above the row mean pass unchanged, the others are squashed by soft-sign
// v/(1 + |v|); every local a `var`, the mean divided with `/=`. (The jump at v = mean is never on a random row.)
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(12)]
public partial class MaskAboveMeanSoftSignVarFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        var mean = 0.0f;
        foreach (var v in x)
            mean += v;
        mean /= x.Length;
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i];
            var soft = v / (1f + MathF.Abs(v));
            y[i] = v > mean ? v : soft;
        }
    }
}
