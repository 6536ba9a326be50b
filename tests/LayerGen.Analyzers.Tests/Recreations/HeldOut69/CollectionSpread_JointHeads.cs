// Idiom: collection expressions with spreads (C# 12): `[.. left[b], .. right[b]]`, `[.. result, item]`, `[.. e.Select(...)]`.
// Use: two heads' logits joined per sample and normalised together (one distribution per sample).
// Layout: two jagged float[batch][] halves, joined per sample into one row.
// Correct: the helper is given one joined row; max, exps and sum are that row's.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut69.CollectionSpread_JointHeads;

public static class JointHeads
{
    public static float[][] Joint(float[][] left, float[][] right)
    {
        float[][] result = [];
        for (int b = 0; b < left.Length; b++)
        {
            float[] row = [.. left[b], .. right[b]];
            result = [.. result, Normalise(row)];
        }

        return result;
    }

    private static float[] Normalise(float[] row)
    {
        float m = row.Max();
        float[] e = [.. row.Select(v => MathF.Exp(v - m))];
        float s = e.Sum();
        return [.. e.Select(v => v / s)];
    }
}
