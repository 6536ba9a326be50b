// Idiom: mixture-of-experts combine step: gate softmax per token (LINQ) beside the experts' output softmaxes.
// Use: MoE regression-to-classes ensemble, double precision.
// Layout: gate logits jagged double[tokens][experts]; expert logits flat double[tokens · experts · classes]
//         (token, expert, class), slice offset (t · experts + e) · classes.
// Bug: LG0003 — the gate exponentiates raw logits (no max subtracted); the expert slices are shifted correctly.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut87.Moe_RawGateExp;

public static class ExpertCombiner
{
    public static double[] Combine(double[][] gateLogits, double[] expertLogits, int classes, out double[][] gates, out double[] expertProbs)
    {
        int tokens = gateLogits.Length;
        int experts = gateLogits[0].Length;
        gates = new double[tokens][];
        expertProbs = new double[expertLogits.Length];
        var mixed = new double[tokens * classes];
        for (int t = 0; t < tokens; t++)
        {
            double[] w = gateLogits[t].Select(g => Math.Exp(g)).ToArray(); //~ LG0003
            double wsum = w.Sum();
            double[] gate = gates[t] = Array.ConvertAll(w, v => v / wsum);

            for (int e = 0; e < experts; e++)
            {
                int o = (t * experts + e) * classes;
                double hi = expertLogits[o];
                for (int c = 1; c < classes; c++)
                {
                    if (expertLogits[o + c] > hi) hi = expertLogits[o + c];
                }

                double s = 0.0;
                for (int c = 0; c < classes; c++)
                {
                    expertProbs[o + c] = Math.Exp(expertLogits[o + c] - hi);
                    s += expertProbs[o + c];
                }

                for (int c = 0; c < classes; c++)
                {
                    expertProbs[o + c] /= s;
                    mixed[t * classes + c] += gate[e] * expertProbs[o + c];
                }
            }
        }

        return mixed;
    }
}
