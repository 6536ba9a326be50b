// Source: end-to-end memory networks (Sukhbaatar et al. 2015; p_i = softmax(u^T m_i) over the memory slots at each
// hop; the facebookarchive/MemNN and domluna/memn2n shape), re-created with LINQ.
// Layout: List<double[]> of match scores (one array per question and hop), Select(Math.Exp) then Sum.
// Bug (LG0003): the match scores are exponentiated without subtracting any max; scores above ~709 overflow to
// infinity and the division gives NaN.
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut8;

public static class MemN2N_HopRawExp
{
    public static List<double[]> MemoryAttention(List<double[]> matchScores)
    {
        var result = new List<double[]>(matchScores.Count);
        foreach (double[] scores in matchScores)
        {
            double[] exps = scores.Select(Math.Exp).ToArray(); //~ LG0003
            double sum = exps.Sum();
            result.Add(exps.Select(e => e / sum).ToArray());
        }
        return result;
    }
}
