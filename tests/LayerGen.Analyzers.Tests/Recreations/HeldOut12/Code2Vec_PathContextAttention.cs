// Source: code2vec path-context attention (Alon et al. 2019; tech-srl/code2vec): each method's bag of AST path
// contexts gets a softmax over its contexts' attention scores, weighting them into one code vector.
// Layout: ragged IReadOnlyList<IReadOnlyList<float>> (one list per method), LINQ Max/Select/Sum per method.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut12;

public static class Code2Vec_PathContextAttention
{
    public static float[][] Attention(IReadOnlyList<IReadOnlyList<float>> methodScores)
    {
        return methodScores.Select(scores =>
        {
            float top = scores.Max();
            float[] e = scores.Select(s => MathF.Exp(s - top)).ToArray();
            float z = e.Sum();
            return e.Select(v => v / z).ToArray();
        }).ToArray();
    }
}
