// Source: beam-search step of hobby seq2seq/translation decoders in C# (log of the normaliser taken from raw exps),
// re-created on double[,] [beams, vocab].
// Layout: double[beams, vocab], one log-softmax per beam row.
// Bug LG0003: the normaliser is log(sum(exp(logit))) with no max subtracted (exp overflows above ~709).
using System;

namespace HeldOut6.BeamSearchRawLogSumExp;

public static class NaiveBeamStep
{
    public static double[,] LogProbs(double[,] logits)
    {
        int beams = logits.GetLength(0);
        int vocab = logits.GetLength(1);
        var result = new double[beams, vocab];
        for (int b = 0; b < beams; b++)
        {
            double z = 0;
            for (int k = 0; k < vocab; k++)
            {
                z += Math.Exp(logits[b, k]); //~ LG0003
            }

            double logZ = Math.Log(z);
            for (int k = 0; k < vocab; k++)
            {
                result[b, k] = logits[b, k] - logZ;
            }
        }

        return result;
    }
}
