// HeldOut15 — HanMetapath_RawImportanceExp
// Source: HAN semantic-level attention (Wang et al. 2019), a dictionary-keyed port (meta-path
// names such as "PAP", "PSP" as keys).
// Layout: Dictionary<string, double[][]> meta-path → jagged node embeddings [nodes][dim]; W jagged
// [dim][hidden], b and q double[hidden]; β as Dictionary<string, double>.
// Bug (LG0003): β = exp(w_p) / Σ exp(w) on the raw meta-path importances (overflow above ~709).
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut15;

public static class HanMetapath_RawImportanceExp
{
    /// <summary>Semantic attention weights per meta-path name.</summary>
    public static Dictionary<string, double> Weights(Dictionary<string, double[][]> embeddings, double[][] w, double[] b, double[] q)
    {
        var expScore = new Dictionary<string, double>();
        double z = 0;
        foreach (var (path, nodes) in embeddings)
        {
            double importance = 0;
            foreach (double[] zi in nodes)
                for (int h = 0; h < q.Length; h++)
                {
                    double a = b[h];
                    for (int c = 0; c < zi.Length; c++) a += zi[c] * w[c][h];
                    importance += q[h] * Math.Tanh(a);
                }
            importance /= nodes.Length;
            double e = Math.Exp(importance); //~ LG0003
            expScore[path] = e;
            z += e;
        }
        var beta = new Dictionary<string, double>();
        foreach (var (path, e) in expScore) beta[path] = e / z;
        return beta;
    }
}
