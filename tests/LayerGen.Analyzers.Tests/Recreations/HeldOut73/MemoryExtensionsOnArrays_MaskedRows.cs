// Idiom: MemoryExtensions called on float[] (C# 14 first-class spans): `row.ContainsAnyExcept(-inf)` skips a fully masked
// row, `row.IndexOfAnyExcept(-inf)` seeds the max at the first unmasked logit.
// Use: masked attention / legal-move softmax, masked entries are -infinity.
// Layout: jagged float[batch][classes].
// Correct: the max is seeded and folded within the row; masked entries give exp(-inf) = 0.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.MemoryExtensionsOnArrays_MaskedRows;

public static class Masked
{
    public static float[][] Softmax(float[][] scores)
    {
        var y = new float[scores.Length][];
        for (int r = 0; r < scores.Length; r++)
        {
            float[] row = scores[r];
            y[r] = new float[row.Length];
            if (!row.ContainsAnyExcept(float.NegativeInfinity)) continue;
            int first = row.IndexOfAnyExcept(float.NegativeInfinity);
            float m = row[first];
            for (int j = first + 1; j < row.Length; j++) m = MathF.Max(m, row[j]);
            float s = 0f;
            for (int j = 0; j < row.Length; j++) s += y[r][j] = MathF.Exp(row[j] - m);
            for (int j = 0; j < row.Length; j++) y[r][j] /= s;
        }

        return y;
    }
}
