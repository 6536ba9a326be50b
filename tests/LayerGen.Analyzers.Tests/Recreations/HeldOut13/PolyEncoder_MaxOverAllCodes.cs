// Source: Poly-encoder context codes (Humeau et al. 2020; ParlAI), with a single peak over every code's scores
// computed by nested LINQ before the parallel loop.
// Layout: code scores float[codes, tokens], Enumerable.Range lambdas, Parallel.For over codes.
// Bug: LG0001 — the shift is the maximum over all codes, not over each code's tokens.
using System;
using System.Linq;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut13;

public static class PolyEncoder_MaxOverAllCodes
{
    public static float[,] Weights(float[,] scores)
    {
        int codes = scores.GetLength(0), n = scores.GetLength(1);
        float top = Enumerable.Range(0, codes).Max(i => Enumerable.Range(0, n).Max(t => scores[i, t])); //~ LG0001
        var w = new float[codes, n];
        Parallel.For(0, codes, i =>
        {
            float sum = 0f;
            for (int t = 0; t < n; t++)
            {
                w[i, t] = MathF.Exp(scores[i, t] - top);
                sum += w[i, t];
            }
            for (int t = 0; t < n; t++)
                w[i, t] /= sum;
        });
        return w;
    }
}
