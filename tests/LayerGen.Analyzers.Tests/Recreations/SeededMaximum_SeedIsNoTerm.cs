// Bug variants of SeededMaximum_SeedIsATerm: the maximum's seed and the extra option do not match. A maximum seeded at
// 0 with no term exp(0 − max) in the normalisation is max(0, logits): a slice far below 0 is shifted by 0, every exp
// underflows, 0 / 0 (LG0003 at each exp it shifts). A dummy term exp(−best) whose maximum starts at −∞ is not covered
// by it: for a slice far below 0, −best is far above 88 and the dummy overflows, inf / inf (LG0003 at the dummy).
// A maximum seeded at 0 while the extra option's score is data (a learned score per mention) covers neither.
// Source: e2e-coref ports (Lee et al. 2017) and null-option answer scorers with the slip in the seed.
// Layouts: jagged float[][] zero-seeded, no extra term; List<double> with a −∞ seed and exp(−best); Span<double>
// with a zero seed and a learned dummy score.
using System;
using System.Collections.Generic;

namespace Recreations.SeededMaximumSeedIsNoTerm;

public static class SeedIsNoTerm
{
    public static void JaggedZeroSeed(float[][] logits, float[][] probabilities)
    {
        for (int i = 0; i < logits.Length; i++)
        {
            float best = 0f;
            for (int j = 0; j < logits[i].Length; j++)
                best = MathF.Max(best, logits[i][j]);

            float total = 0f;
            for (int j = 0; j < logits[i].Length; j++)
            {
                probabilities[i][j] = MathF.Exp(logits[i][j] - best); //~ LG0003
                total += probabilities[i][j];
            }

            for (int j = 0; j < logits[i].Length; j++)
                probabilities[i][j] /= total;
        }
    }

    public static double UncoveredDummy(List<double> scores, List<double> probabilities)
    {
        double best = double.NegativeInfinity;
        foreach (double s in scores)
            if (s > best) best = s;

        double dummy = Math.Exp(-best); //~ LG0003
        double total = dummy;
        probabilities.Clear();
        foreach (double s in scores)
        {
            double e = Math.Exp(s - best);
            probabilities.Add(e);
            total += e;
        }

        for (int k = 0; k < probabilities.Count; k++)
            probabilities[k] /= total;
        return dummy / total;
    }

    public static double ZeroSeedLearnedDummy(Span<double> scores, double dummyScore)
    {
        double best = 0;
        for (int j = 0; j < scores.Length; j++)
            best = Math.Max(best, scores[j]);

        double dummy = Math.Exp(dummyScore - best); //~ LG0003
        double total = dummy;
        for (int j = 0; j < scores.Length; j++)
        {
            scores[j] = Math.Exp(scores[j] - best); //~ LG0003
            total += scores[j];
        }

        for (int j = 0; j < scores.Length; j++)
            scores[j] /= total;
        return dummy / total;
    }
}
