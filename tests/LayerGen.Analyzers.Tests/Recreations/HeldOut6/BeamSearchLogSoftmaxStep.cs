// Source: beam-search decoders in C# (Whisper/Marian/seq2seq ports: per-beam log_softmax of the next-token logits,
// added to the running beam score before top-k), re-created on double[beams][vocab].
// Layout: jagged, one row of vocabulary logits per beam.
// Correct: log-softmax through log-sum-exp with the row max; candidates add the beam score.
using System;
using System.Collections.Generic;

namespace HeldOut6.BeamSearchLogSoftmaxStep;

public static class BeamStep
{
    public static double[][] LogProbs(double[][] nextTokenLogits)
    {
        var result = new double[nextTokenLogits.Length][];
        for (int b = 0; b < nextTokenLogits.Length; b++)
        {
            double[] row = nextTokenLogits[b];
            double m = double.NegativeInfinity;
            foreach (double v in row)
            {
                if (v > m) m = v;
            }

            double s = 0;
            foreach (double v in row)
            {
                s += Math.Exp(v - m);
            }

            double logZ = m + Math.Log(s);
            var lp = new double[row.Length];
            for (int k = 0; k < row.Length; k++)
            {
                lp[k] = row[k] - logZ;
            }

            result[b] = lp;
        }

        return result;
    }

    public static List<(int Beam, int Token, double Score)> Candidates(double[][] logProbs, double[] beamScores, int width)
    {
        var all = new List<(int Beam, int Token, double Score)>();
        for (int b = 0; b < logProbs.Length; b++)
        {
            for (int k = 0; k < logProbs[b].Length; k++)
            {
                all.Add((b, k, beamScores[b] + logProbs[b][k]));
            }
        }

        all.Sort((x, y) => y.Score.CompareTo(x.Score));
        return all.GetRange(0, Math.Min(width, all.Count));
    }
}
