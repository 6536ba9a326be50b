// Re-creates: the n-best answer step of BERT QA C# ports (SQuAD post-processing): each candidate span's score is
// start + end logit, and the candidates' probabilities are exp(score) / total over the n-best list.
// Layout: 1-D list of records; softmax axis = all candidates. double.
// Bug: LG0003 (exp of the raw scores).
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut3.BertQaNBestNoShift;

public sealed record SpanCandidate(int Start, int End, double Score);

public static class NBest
{
    public static double[] Probabilities(IReadOnlyList<SpanCandidate> nBest)
    {
        double[] exps = nBest.Select(c => Math.Exp(c.Score)).ToArray(); //~ LG0003
        double total = exps.Sum();
        var probs = new double[exps.Length];
        for (int i = 0; i < probs.Length; i++)
        {
            probs[i] = exps[i] / total;
        }

        return probs;
    }
}
