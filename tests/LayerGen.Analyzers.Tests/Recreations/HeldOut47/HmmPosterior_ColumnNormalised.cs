// Idiom: HMM posterior state probabilities per sequence position (posterior decoding of a gene-finder / CpG-island
// HMM) from log-space forward and backward tables: gamma[k, t] = exp(f[k, t] + b[k, t] - m_t) / Z_t.
// Layout: double[states, positions] (the forward table as aphid / zipHMM fill it: row = state, column = position);
// the softmax runs down each column, the maximum over the column's states.
// Correct.
// Inspired by aphid's posterior.HMM (shaunpwilkinson/aphid, R/posterior.R), which exponentiates forward + backward
// minus the sequence score; here each column is shifted by its own maximum. Our own code.
using System;

namespace HeldOut47.HmmPosterior_ColumnNormalised;

public static class PosteriorDecoding
{
    public static double[,] StatePosteriors(double[,] logForward, double[,] logBackward)
    {
        int states = logForward.GetLength(0);
        int length = logForward.GetLength(1);
        var gamma = new double[states, length];
        for (int t = 0; t < length; t++)
        {
            double m = double.NegativeInfinity;
            for (int k = 0; k < states; k++)
            {
                double joint = logForward[k, t] + logBackward[k, t];
                if (joint > m)
                {
                    m = joint;
                }
            }

            double norm = 0.0;
            for (int k = 0; k < states; k++)
            {
                gamma[k, t] = Math.Exp(logForward[k, t] + logBackward[k, t] - m);
                norm += gamma[k, t];
            }

            for (int k = 0; k < states; k++)
            {
                gamma[k, t] /= norm;
            }
        }

        return gamma;
    }
}
