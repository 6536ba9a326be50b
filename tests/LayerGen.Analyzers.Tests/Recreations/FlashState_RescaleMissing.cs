// Variant (our own code) of online (flash) attention on the CPU, o[i] = Σ_j p_j v_j / Σ_j p_j with a running maximum
// (pattern of HeldOut39/FlashAttention_OnlineKeyBlocks.cs and review 41's F12/F22/F25), each with one side of the state
// wrong. (1) The running max in a per-step temporary `mNew = MathF.Max(m, s)` copied back with `m = mNew`, the
// denominator rescaled by exp(m - mNew) but the accumulator not: each term keeps the max of its own prefix (LG0001 at
// the running max, read mid-way). (2) The accumulator rescaled by r = exp(m - mNew) but the denominator `l += p` not:
// l adds exps of different shifts (LG0002). (3) Per-query maxima, but ONE denominator over every query's keys computed
// first, the numerator recomputing its exps (LG0002). Checked numerically in a double simulation (scores N(0, 3) at
// offsets 0, ±1000): max |err| 1.6-2.0, 0.49-1.04 and 0.73-1.20 vs the per-query softmax. Layouts: [Tq, Tk]
// scores (1, 3), jagged scores with a while loop (2).
// Bug (LG0001, LG0002, LG0002).
using System;

namespace Recreations.FlashStateRescaleMissing;

public static class FlashCpu
{
    public static void AccumulatorKeepsOldMax(float[,] scores, float[,] v, float[,] o)
    {
        int tq = scores.GetLength(0), tk = scores.GetLength(1), dv = v.GetLength(1);
        var acc = new float[dv];
        for (int i = 0; i < tq; i++)
        {
            float m = float.NegativeInfinity;
            float l = 0f;
            Array.Clear(acc);
            for (int j = 0; j < tk; j++)
            {
                float mNew = MathF.Max(m, scores[i, j]); //~ LG0001
                float p = MathF.Exp(scores[i, j] - mNew);
                l = l * MathF.Exp(m - mNew) + p;
                for (int c = 0; c < dv; c++)
                {
                    acc[c] += p * v[j, c];
                }

                m = mNew;
            }

            for (int c = 0; c < dv; c++)
            {
                o[i, c] = acc[c] / l;
            }
        }
    }

    public static void DenominatorKeepsOldMax(double[][] scores, double[][] v, double[][] o)
    {
        int dv = v[0].Length;
        for (int i = 0; i < scores.Length; i++)
        {
            double[] row = scores[i];
            double m = double.NegativeInfinity;
            double l = 0;
            var acc = new double[dv];
            int j = 0;
            while (j < row.Length)
            {
                double mNew = Math.Max(m, row[j]);
                double r = Math.Exp(m - mNew);
                double p = Math.Exp(row[j] - mNew);
                l += p; //~ LG0002
                for (int c = 0; c < dv; c++)
                {
                    acc[c] = acc[c] * r + p * v[j][c];
                }

                m = mNew;
                j++;
            }

            for (int c = 0; c < dv; c++)
            {
                o[i][c] = acc[c] / l;
            }
        }
    }

    public static void OneDenominatorForAllQueries(float[,] s, float[,] v, float[,] o)
    {
        int tq = s.GetLength(0), tk = s.GetLength(1), dv = v.GetLength(1);
        var m = new float[tq];
        for (int i = 0; i < tq; i++)
        {
            m[i] = float.NegativeInfinity;
            for (int j = 0; j < tk; j++)
            {
                m[i] = MathF.Max(m[i], s[i, j]);
            }
        }

        float total = 0f;
        for (int i = 0; i < tq; i++)
        {
            for (int j = 0; j < tk; j++)
            {
                total += MathF.Exp(s[i, j] - m[i]); //~ LG0002
            }
        }

        for (int i = 0; i < tq; i++)
        {
            for (int c = 0; c < dv; c++)
            {
                float acc = 0f;
                for (int j = 0; j < tk; j++)
                {
                    acc += MathF.Exp(s[i, j] - m[i]) * v[j, c];
                }

                o[i, c] = acc / total;
            }
        }
    }
}
