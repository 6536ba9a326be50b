// Variant (our own code) of prefix and suffix log-sum-exp scans: the ListMLE / Plackett–Luce likelihood (Xia et al.
// 2008; allegro `listMLE`, PyTorch-LTR `listMLE`) walks each list backwards and reads the log-sum-exp of the items
// left at every step, and a cumulative (prefix) log-softmax reads it forwards. The running maximum and the running sum
// are read at every step after that step's fold: the fold over the items walked so far, a prefix of the slice. With a
// running maximum the sum is rescaled whenever the maximum grows (Milakov–Gimelshein online softmax), so the two stay
// one prefix's log-sum-exp.
// Layouts: row-major float[,] (prefix, `next` local, `s * exp(m - next) + exp(v - next)`); jagged double[][] (suffix,
// `if (v > m) { s *= exp(m - v); m = v; }`, per-position log-probabilities); flat float[] rows (prefix sums shifted
// by the whole row's maximum); CSR lists (suffix, stage probabilities divided in step). Correct.
using System;

namespace Recreations.ScanLogSumExp_PerStepReads;

public static class Scans
{
    public static float[] PrefixLogLikelihood(float[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var ll = new float[rows];
        for (int r = 0; r < rows; r++)
        {
            float m = float.NegativeInfinity, s = 0f;
            for (int j = 0; j < cols; j++)
            {
                float v = x[r, j];
                float next = MathF.Max(m, v);
                s = s * MathF.Exp(m - next) + MathF.Exp(v - next);
                m = next;
                ll[r] += v - (m + MathF.Log(s));
            }
        }

        return ll;
    }

    public static void SuffixLogProbabilities(double[][] scores, double[][] logProbabilities)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            double[] row = scores[i];
            double m = double.NegativeInfinity, s = 0.0;
            for (int k = row.Length - 1; k >= 0; k--)
            {
                double v = row[k];
                if (v > m)
                {
                    s *= Math.Exp(m - v);
                    m = v;
                }

                s += Math.Exp(v - m);
                logProbabilities[i][k] = v - m - Math.Log(s);
            }
        }
    }

    public static void CumulativeLogSoftmax(float[] x, float[] logp, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            int o = r * cols;
            float rowMax = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                rowMax = MathF.Max(rowMax, x[o + j]);
            }

            float cum = 0f;
            for (int j = 0; j < cols; j++)
            {
                cum += MathF.Exp(x[o + j] - rowMax);
                logp[o + j] = x[o + j] - rowMax - MathF.Log(cum);
            }
        }
    }

    public static double[] StageProbabilities(double[] scores, int[] offsets)
    {
        var stage = new double[scores.Length];
        for (int l = 0; l + 1 < offsets.Length; l++)
        {
            double m = double.NegativeInfinity, s = 0.0;
            for (int k = offsets[l + 1] - 1; k >= offsets[l]; k--)
            {
                double next = Math.Max(m, scores[k]);
                s = s * Math.Exp(m - next) + Math.Exp(scores[k] - next);
                m = next;
                stage[k] = Math.Exp(scores[k] - m) / s;
            }
        }

        return stage;
    }
}
