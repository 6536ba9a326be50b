// HeldOut63 / InfoNceRows_RawScaledSimilarity
// Idiom: InfoNCE query-to-passage probabilities for dense retrieval training with in-batch negatives (DPR-style
// unnormalised dot-product similarities): each query row's similarities are divided by the temperature and
// exponentiated directly, then normalised by the row's sum (the textbook exp(sim / tau) / sum form; own code).
// Layout: jagged double[query][passage] dot-product similarities; Math.Exp(row[j] / tau) in the row loop.
// Label: LG0003 (no maximum subtracted: exp overflows once sim / tau passes ~709 in double).
using System;

namespace HeldOut63.InfoNceRows_RawScaledSimilarity;

public static class DenseRetrievalContrast
{
    public static double[][] QueryToPassageProbabilities(double[][] similarity, double tau)
    {
        var p = new double[similarity.Length][];
        for (int i = 0; i < similarity.Length; i++)
        {
            double[] row = similarity[i];
            p[i] = new double[row.Length];
            double z = 0.0;
            for (int j = 0; j < row.Length; j++)
            {
                p[i][j] = Math.Exp(row[j] / tau); //~ LG0003
                z += p[i][j];
            }

            for (int j = 0; j < row.Length; j++)
            {
                p[i][j] /= z;
            }
        }

        return p;
    }
}
