// Idiom: adaptive softmax: head softmax (LINQ) then a softmax per tail cluster, and the joint tail-word probability.
// Use: large-vocabulary language model output.
// Layout: head jagged double[batch][shortlist + tails]; tails List<double[][]> ([tail][batch][size_i]).
// Bug: LG0003 — the tail clusters exponentiate raw logits (no max subtracted); the head is shifted.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut87.Adaptive_RawTailExp;

public static class AdaptiveOutput
{
    public static double[][] Head(double[][] head, List<double[][]> tails, int shortlist, out List<double[][]> tailGiven, out List<double[][]> tailJoint)
    {
        int batch = head.Length;
        var headP = new double[batch][];
        tailGiven = tails.Select(t => new double[batch][]).ToList();
        tailJoint = tails.Select(t => new double[batch][]).ToList();
        for (int b = 0; b < batch; b++)
        {
            double top = head[b].Max();
            double[] he = head[b].Select(v => Math.Exp(v - top)).ToArray();
            double hz = he.Sum();
            double[] hp = headP[b] = Array.ConvertAll(he, v => v / hz);

            for (int i = 0; i < tails.Count; i++)
            {
                double[] row = tails[i][b];
                var e = new double[row.Length];
                double z = 0.0;
                for (int w = 0; w < row.Length; w++) z += e[w] = Math.Exp(row[w]); //~ LG0003
                double clusterP = hp[shortlist + i];
                tailGiven[i][b] = Array.ConvertAll(e, v => v / z);
                tailJoint[i][b] = Array.ConvertAll(e, v => clusterP * v / z);
            }
        }

        return headP;
    }
}
