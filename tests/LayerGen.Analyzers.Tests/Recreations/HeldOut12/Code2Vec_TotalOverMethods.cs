// Source: code2vec path-context attention (Alon et al. 2019): a softmax over each method's path contexts.
// Layout: ragged IReadOnlyList<IReadOnlyList<float>>, per-method peaks in an array, LINQ sums with an index.
// Bug: LG0002 — the normaliser sums the exps of every method's contexts, not one method's.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut12;

public static class Code2Vec_TotalOverMethods
{
    public static float[][] Attention(IReadOnlyList<IReadOnlyList<float>> methodScores)
    {
        float[] peaks = methodScores.Select(s => s.Max()).ToArray();
        float total = methodScores.Select((s, i) => s.Sum(v => MathF.Exp(v - peaks[i]))).Sum(); //~ LG0002
        var result = new float[methodScores.Count][];
        for (int i = 0; i < methodScores.Count; i++)
        {
            result[i] = methodScores[i].Select(v => MathF.Exp(v - peaks[i]) / total).ToArray();
        }

        return result;
    }
}
