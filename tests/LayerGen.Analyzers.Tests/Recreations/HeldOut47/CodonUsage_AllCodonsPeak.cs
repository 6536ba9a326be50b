// Idiom: codon usage, a softmax per amino acid over its synonymous codons, the groups given as a dictionary from the
// one-letter amino acid code to the indices of its codons.
// Layout: IReadOnlyDictionary<char, int[]> (amino acid -> codon indices into a flat double[] of scores); `foreach`
// over the groups; Math.Exp.
// Bug LG0001: `top` is the best score over all 61 sense codons, not over the amino acid's own synonymous codons: a
// group whose scores sit far below the best codon's underflows to 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut47.CodonUsage_AllCodonsPeak;

public static class SynonymousCodons
{
    public static double[] Probabilities(double[] logits, IReadOnlyDictionary<char, int[]> synonymous)
    {
        double top = logits.Max(); //~ LG0001
        var p = new double[logits.Length];
        foreach (KeyValuePair<char, int[]> group in synonymous)
        {
            double sum = 0.0;
            foreach (int codon in group.Value)
            {
                p[codon] = Math.Exp(logits[codon] - top);
                sum += p[codon];
            }

            foreach (int codon in group.Value)
            {
                p[codon] /= sum;
            }
        }

        return p;
    }
}
