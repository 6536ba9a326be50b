// Source: AlphaZero-style legal-move priors in C# self-play code, batched evaluation of several positions; the
// normaliser is hoisted out of the position loop.
// Layout: logits double[positions][moves] (jagged), legal-move index lists per position; softmax over the legal
// moves of each position; other moves get 0.
// Bug LG0002: one total accumulates the exps of every position's legal moves.
using System;
using System.Collections.Generic;

namespace HeldOut7.PolicyLegalMovesBatchSum
{
    public static class BatchPriors
    {
        public static double[][] Compute(double[][] logits, List<int>[] legalMoves)
        {
            var priors = new double[logits.Length][];
            double total = 0;
            for (int p = 0; p < logits.Length; p++)
            {
                priors[p] = new double[logits[p].Length];
                double best = double.NegativeInfinity;
                foreach (int m in legalMoves[p])
                {
                    best = Math.Max(best, logits[p][m]);
                }

                foreach (int m in legalMoves[p])
                {
                    priors[p][m] = Math.Exp(logits[p][m] - best);
                    total += priors[p][m]; //~ LG0002
                }
            }

            for (int p = 0; p < logits.Length; p++)
            {
                foreach (int m in legalMoves[p])
                {
                    priors[p][m] /= total;
                }
            }

            return priors;
        }
    }
}
