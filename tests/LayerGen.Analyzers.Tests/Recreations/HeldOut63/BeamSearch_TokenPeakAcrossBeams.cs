// HeldOut63 / BeamSearch_TokenPeakAcrossBeams
// Idiom: one beam-search step where the decoder returns the scores of all beams as one matrix with the vocabulary on
// the first axis (a transposed [vocab, beams] output, as from a Z = W·H projection); the shift is folded per token
// ACROSS the beams while each beam's distribution is summed over the vocabulary (own code).
// Layout: double[vocab, beams], column-major (one softmax per column); Math.Max fold into peak[v].
// Label: LG0004 (maximum over the beams axis, sum over the vocabulary axis).
using System;

namespace HeldOut63.BeamSearch_TokenPeakAcrossBeams;

public static class ColumnBeamStep
{
    public static double[,] NextTokenDistributions(double[,] scores)
    {
        int vocab = scores.GetLength(0);
        int beams = scores.GetLength(1);
        var peak = new double[vocab];
        for (int v = 0; v < vocab; v++)
        {
            peak[v] = double.NegativeInfinity;
            for (int b = 0; b < beams; b++)
            {
                peak[v] = Math.Max(peak[v], scores[v, b]); //~ LG0004
            }
        }

        var probs = new double[vocab, beams];
        for (int b = 0; b < beams; b++)
        {
            double norm = 0.0;
            for (int v = 0; v < vocab; v++)
            {
                probs[v, b] = Math.Exp(scores[v, b] - peak[v]);
                norm += probs[v, b];
            }

            for (int v = 0; v < vocab; v++)
            {
                probs[v, b] /= norm;
            }
        }

        return probs;
    }
}
