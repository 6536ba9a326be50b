// Idiom: k-mer classifier, a batch of reads scored against every taxon; per-read maximum, exps stored, then one
// normalisation pass over the whole batch.
// Layout: float[reads, taxa] row-major (row = read); MathF.Exp.
// Bug LG0002: `total` sums the exps of every read in the batch, so each read is divided by the batch's total instead
// of its own sum (rows sum to about 1/reads).
using System;

namespace HeldOut47.KmerClassifier_SingleTotal;

public static class BatchClassifier
{
    public static float[,] Classify(float[,] kmerScores)
    {
        int reads = kmerScores.GetLength(0);
        int taxa = kmerScores.GetLength(1);
        var p = new float[reads, taxa];
        float total = 0f;
        for (int r = 0; r < reads; r++)
        {
            float best = float.NegativeInfinity;
            for (int t = 0; t < taxa; t++)
            {
                best = MathF.Max(best, kmerScores[r, t]);
            }

            for (int t = 0; t < taxa; t++)
            {
                p[r, t] = MathF.Exp(kmerScores[r, t] - best);
                total += p[r, t]; //~ LG0002
            }
        }

        for (int r = 0; r < reads; r++)
        {
            for (int t = 0; t < taxa; t++)
            {
                p[r, t] /= total;
            }
        }

        return p;
    }
}
