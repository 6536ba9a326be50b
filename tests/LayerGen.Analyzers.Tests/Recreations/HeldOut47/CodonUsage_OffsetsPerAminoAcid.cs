// Idiom: codon usage model: a softmax per amino acid over its synonymous codons (relative synonymous codon usage as
// probabilities, from per-codon preference scores); groups are ragged (1 to 6 codons).
// Layout: flat double[] of codon scores ordered by amino acid, int[] offsets table `groupStart` (groups + 1 entries,
// group a = groupStart[a] .. groupStart[a + 1]); `if` maximum; Math.Exp.
// Correct.
using System;

namespace HeldOut47.CodonUsage_OffsetsPerAminoAcid;

public static class CodonUsage
{
    public static double[] SynonymousProbabilities(double[] codonScore, int[] groupStart)
    {
        var p = new double[codonScore.Length];
        for (int aa = 0; aa + 1 < groupStart.Length; aa++)
        {
            int from = groupStart[aa];
            int to = groupStart[aa + 1];
            double best = double.NegativeInfinity;
            for (int c = from; c < to; c++)
            {
                if (codonScore[c] > best)
                {
                    best = codonScore[c];
                }
            }

            double sum = 0.0;
            for (int c = from; c < to; c++)
            {
                p[c] = Math.Exp(codonScore[c] - best);
                sum += p[c];
            }

            for (int c = from; c < to; c++)
            {
                p[c] /= sum;
            }
        }

        return p;
    }
}
