// Idiom: sampled softmax over each example's candidate classes, written with LINQ
// Layout: jagged hidden[batch][dim], output weights[class][dim], int[][] candidates, jagged probs
// Bug (LG0003): exp of the candidate logits with no max subtracted
using System;
using System.Linq;

namespace HeldOut41.SampledSoftmax_LinqRawCandidates;

public static class CandidateSampler
{
    public static double Loss(double[][] hidden, double[][] outW, int[][] candidates, double[][] probs)
    {
        double loss = 0;
        for (int i = 0; i < hidden.Length; i++)
        {
            double[] h = hidden[i];
            double[] e = candidates[i].Select(c => Math.Exp(Dot(h, outW[c]))).ToArray(); //~ LG0003
            double z = e.Sum();
            probs[i] = e.Select(v => v / z).ToArray();
            loss += Math.Log(z) - Dot(h, outW[candidates[i][0]]);
        }
        return loss / hidden.Length;
    }

    static double Dot(double[] a, double[] b) => a.Zip(b, (x, w) => x * w).Sum();
}
