// Idiom: TryXxx(out T?, out string?) pattern with [NotNullWhen(true)]; validation failures reported through `error`.
// Use: library method normalising a list of score vectors without throwing.
// Layout: IReadOnlyList<float[]> (one vector per sample).
// Bug (LG0003): each vector's scores are exponentiated raw (no max subtracted) and divided by their sum.
// Our own code.
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace HeldOut90.TryPattern_RawTryNormalise;

public static class ScoreNormaliser
{
    public static bool TryNormalise(IReadOnlyList<float[]>? scores, [NotNullWhen(true)] out List<float[]>? probabilities, out string? error)
    {
        probabilities = null;
        if (scores is null)
        {
            error = "scores is null";
            return false;
        }

        var list = new List<float[]>(scores.Count);
        foreach (float[] s in scores)
        {
            if (s is null || s.Length == 0)
            {
                error = "empty score vector";
                return false;
            }

            var p = new float[s.Length];
            float z = 0f;
            for (int j = 0; j < s.Length; j++)
            {
                p[j] = MathF.Exp(s[j]); //~ LG0003
                z += p[j];
            }

            for (int j = 0; j < p.Length; j++)
            {
                p[j] /= z;
            }

            list.Add(p);
        }

        probabilities = list;
        error = null;
        return true;
    }
}
