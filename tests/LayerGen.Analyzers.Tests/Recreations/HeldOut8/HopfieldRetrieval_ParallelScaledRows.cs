// Source: modern Hopfield retrieval (Ramsauer et al. 2020, "Hopfield Networks is All You Need"; the ml-jku
// hopfield-layers association step xi_new = X softmax(beta X^T xi)), re-created as our own code.
// Layout: float[queries, patterns] similarity matrix, Parallel.For over the queries, beta applied inside max and exp.
// Correct: every query subtracts its own maximum of beta * similarity before the exp.
using System;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut8;

public static class HopfieldRetrieval_ParallelScaledRows
{
    // Association probabilities of the stored patterns for each state query.
    public static float[,] Associate(float[,] similarity, float beta)
    {
        int queries = similarity.GetLength(0);
        int patterns = similarity.GetLength(1);
        var p = new float[queries, patterns];
        Parallel.For(0, queries, q =>
        {
            float peak = float.NegativeInfinity;
            for (int n = 0; n < patterns; n++)
            {
                float s = beta * similarity[q, n];
                if (s > peak) peak = s;
            }

            float z = 0f;
            for (int n = 0; n < patterns; n++)
            {
                float e = MathF.Exp(beta * similarity[q, n] - peak);
                p[q, n] = e;
                z += e;
            }

            for (int n = 0; n < patterns; n++) p[q, n] /= z;
        });
        return p;
    }
}
