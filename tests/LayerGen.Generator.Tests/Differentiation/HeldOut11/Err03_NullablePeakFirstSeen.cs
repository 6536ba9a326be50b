// expect: error
// Peak-normalisation where the running peak starts as "no value yet", a double? local set on the first element
// (a C# habit instead of −∞ or x[0]); a nullable local is outside the subset: LG11xx at its declaration. Shape of
// C# signal utilities, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6)]
public partial class NullablePeakFirstSeen
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double? peak = null; //~ LG11
        foreach (double v in x)
        {
            double magnitude = Math.Abs(v) + 1.0;
            if (peak is null || magnitude > peak) peak = magnitude;
        }
        double scale = peak ?? 1.0;
        for (int i = 0; i < x.Length; i++) y[i] = x[i] / scale;
    }
}
// known gap: the double? local is rejected at its declaration (LG1116@15, the marked line), but the condition
// 'peak is null || magnitude > peak' and the assignment 'peak = magnitude' add two LG1116 at line 19 ('magnitude' and
// 'peak' "of type double?", the lifted comparison's conversion): the follow-on silencing does not reach a lifted
// comparison with, or an assignment to, a rejected nullable local.
// gap: misplaced LG1116@15 LG1116@19
