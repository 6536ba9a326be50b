// Idiom: do/while with a post-incremented index, the exps written in place and then divided.
// Use: converting per-word attention logits of each sentence into weights.
// Layout: jagged float[sentences][words].
// Bug (LG0003): the logits are exponentiated as they are, with no peak subtracted; above ~88 MathF.Exp is +inf.
// Our own code.
using System;

namespace HeldOut75.DoWhile_RawExp;

public static class SentenceWeights
{
    public static float[][] Weights(float[][] logits)
    {
        var weights = new float[logits.Length][];
        int s = 0;
        while (s < logits.Length)
        {
            float[] row = logits[s];
            float[] w = weights[s] = new float[row.Length];
            float denom = 0f;
            int j = 0;
            if (row.Length > 0)
            {
                do
                {
                    w[j] = MathF.Exp(row[j]); //~ LG0003
                    denom += w[j];
                } while (++j < row.Length);
            }
            j = 0;
            do
            {
                if (j >= w.Length) break;
                w[j++] /= denom;
            } while (true);
            s++;
        }
        return weights;
    }
}
