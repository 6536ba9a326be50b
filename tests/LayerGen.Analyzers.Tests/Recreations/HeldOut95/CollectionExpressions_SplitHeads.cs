// Idiom: collection expressions (C# 12) — each row is rebuilt as [.. left[r], .. right[r]] from two logit heads.
// Use: a classifier whose class scores come from two heads (coarse classes, then fine classes).
// Layout: two jagged float[batch][] halves, concatenated per row; output jagged float[batch][classes].
// Correct.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut95.CollectionExpressions_SplitHeads;

public static class TwoHeadSoftmax
{
    public static float[][] Combine(float[][] left, float[][] right)
    {
        float[][] result = [.. left.Select((head, r) => Normalise([.. head, .. right[r]]))];
        return result;
    }

    private static float[] Normalise(float[] row)
    {
        if (row is []) return [];
        float top = row.Max();
        float[] e = [.. row.Select(v => MathF.Exp(v - top))];
        float s = e.Sum();
        return [.. e.Select(v => v / s)];
    }
}
